package ru.rop.portal.candidate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.rop.portal.common.Attachment;
import ru.rop.portal.common.AppI18NProvider;
import ru.rop.portal.common.api.ApiProblemException;
import ru.rop.portal.common.api.ConflictProblem;

@RestController
@RequestMapping("/api/v1/candidates")
@Tag(name = "Кандидаты", description = "Кандидаты вакансий")
class CandidateApiController {

    record NewCandidate(Long vacancyId, String fullName, String email, String phone, Source source) {
    }

    private final CandidateService candidates;
    private final PersonalDataExport personalData;
    private final AppI18NProvider i18n;

    CandidateApiController(CandidateService candidates, PersonalDataExport personalData, AppI18NProvider i18n) {
        this.candidates = candidates;
        this.personalData = personalData;
        this.i18n = i18n;
    }

    @PostMapping
    @Operation(summary = "Добавить кандидата в вакансию (409, если этот e-mail или телефон в ней уже есть)")
    ResponseEntity<CandidateSummary> create(@RequestBody NewCandidate body) {
        if (body.vacancyId() == null) {
            throw ApiProblemException.badRequest(List.of(
                    new ApiProblemException.FieldError("vacancyId", "field.required")));
        }
        CandidateSummary created = candidates.create(new CandidateForm(body.vacancyId(), body.fullName(),
                body.email(), body.phone(), null, body.source() == null ? Source.API : body.source(), null, null, null,
                null, Set.of(), -1));
        return ResponseEntity.created(URI.create("/api/v1/candidates/" + created.id())).body(created);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Кандидат по идентификатору")
    CandidateSummary get(@PathVariable long id) {
        return candidates.readAudited(id).orElseThrow(() -> ApiProblemException.notFound("candidate.not-found", id));
    }

    @GetMapping("/{id}/personal-data")
    @Operation(summary = "Все данные, которые хранятся о кандидате, одним файлом JSON (запрос субъекта по 152-ФЗ)")
    ResponseEntity<byte[]> personalData(@PathVariable long id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, Attachment.contentDisposition(PersonalDataExport.fileName(id)))
                .body(personalData.export(id));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Удалить кандидата со всеми персональными данными")
    ResponseEntity<Void> delete(@PathVariable long id) {
        candidates.erase(id);
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(DuplicateCandidateException.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicateCandidateException e) {
        return ConflictProblem.of(i18n, e, "existingCandidateId", e.existingId(), e.duplicatedField());
    }

    @ExceptionHandler(CandidateNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(CandidateNotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                i18n.russian(e.messageKey(), e.params()));
        problem.setTitle(i18n.russian("api.problem.title.404"));
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }
}
