package ru.rop.portal.documents;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.function.BiFunction;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import ru.rop.portal.common.Attachment;
import ru.rop.portal.common.api.ApiProblemException;
import ru.rop.portal.vacancy.VacancyService;

@RestController
@Tag(name = "Документы", description = "Должностная инструкция и права РОП: текущая версия в PDF и DOCX; пока "
        + "версия не сохранена — предложение библиотеки с отметкой «ПРОЕКТ» и «-draft» в имени файла")
class DocumentApiController {

    static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final JobDescriptionService documents;
    private final VacancyService vacancies;

    DocumentApiController(JobDescriptionService documents, VacancyService vacancies) {
        this.documents = documents;
        this.vacancies = vacancies;
    }

    @GetMapping("/api/v1/vacancies/{id}/job-description.pdf")
    @Operation(summary = "Текущая должностная инструкция вакансии в PDF")
    ResponseEntity<byte[]> jobDescriptionPdf(@PathVariable long id) {
        return file(id, DocumentKind.JOB_DESCRIPTION, MediaType.APPLICATION_PDF, "pdf", documents::pdf);
    }

    @GetMapping("/api/v1/vacancies/{id}/job-description.docx")
    @Operation(summary = "Текущая должностная инструкция вакансии в DOCX")
    ResponseEntity<byte[]> jobDescriptionDocx(@PathVariable long id) {
        return file(id, DocumentKind.JOB_DESCRIPTION, DOCX, "docx", documents::docx);
    }

    @GetMapping("/api/v1/vacancies/{id}/rights.pdf")
    @Operation(summary = "Права руководителя отдела продаж в PDF")
    ResponseEntity<byte[]> rightsPdf(@PathVariable long id) {
        return file(id, DocumentKind.RIGHTS, MediaType.APPLICATION_PDF, "pdf", documents::pdf);
    }

    @GetMapping("/api/v1/vacancies/{id}/rights.docx")
    @Operation(summary = "Права руководителя отдела продаж в DOCX")
    ResponseEntity<byte[]> rightsDocx(@PathVariable long id) {
        return file(id, DocumentKind.RIGHTS, DOCX, "docx", documents::docx);
    }

    private ResponseEntity<byte[]> file(long id, DocumentKind kind, MediaType type, String extension,
                                        BiFunction<Long, DocumentKind, DocumentFile> render) {
        if (vacancies.find(id).isEmpty()) {
            throw ApiProblemException.notFound("vacancy.not-found");
        }
        DocumentFile file = render.apply(id, kind);
        // ASCII, so every client keeps the name; the page itself says «ПРОЕКТ».
        String name = kind.fileName() + "-" + id + (file.draft() ? "-draft." : ".") + extension;
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, Attachment.contentDisposition(name))
                .body(file.content());
    }
}
