package ru.rop.portal.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import ru.rop.portal.common.Attachment;
import ru.rop.portal.candidate.CandidateService;
import ru.rop.portal.common.api.ApiProblemException;

@RestController
@Tag(name = "Отчёты", description = "Отчёт об оценке кандидата в PDF")
class ReportApiController {

    private final ReportService reports;
    private final CandidateService candidates;

    ReportApiController(ReportService reports, CandidateService candidates) {
        this.reports = reports;
        this.candidates = candidates;
    }

    @GetMapping("/api/v1/candidates/{id}/report.pdf")
    @Operation(summary = "Отчёт об оценке кандидата (PDF): совет человеку, а не решение")
    ResponseEntity<byte[]> report(@PathVariable long id) {
        if (candidates.find(id).isEmpty()) {
            throw ApiProblemException.notFound("candidate.not-found", id);
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, Attachment.contentDisposition("report-" + id + ".pdf"))
                .body(reports.candidateReport(id));
    }
}
