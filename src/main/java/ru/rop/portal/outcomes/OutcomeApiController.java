package ru.rop.portal.outcomes;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import ru.rop.portal.common.AppI18NProvider;

/** Outcomes after the hire for CRMs that already hold these figures, and whether the assessment predicted them. */
@RestController
@Tag(name = "Итоги после найма", description = "Итоги через 3, 6 и 12 месяцев и прогностическая сила оценки")
class OutcomeApiController {

    private final OutcomeService outcomes;
    private final ValidityService validity;
    private final AppI18NProvider i18n;

    OutcomeApiController(OutcomeService outcomes, ValidityService validity, AppI18NProvider i18n) {
        this.outcomes = outcomes;
        this.validity = validity;
        this.i18n = i18n;
    }

    @PostMapping("/api/v1/candidates/{id}/outcomes")
    @Operation(summary = "Записать итоги периода (400 вне пределов или не нанятому кандидату, 409 при повторе)")
    ResponseEntity<OutcomeRecord> record(@PathVariable long id, @RequestBody OutcomeForm body) {
        OutcomeRecord recorded = outcomes.record(id, body);
        return ResponseEntity.created(URI.create("/api/v1/candidates/" + id + "/outcomes")).body(recorded);
    }

    @GetMapping("/api/v1/candidates/{id}/outcomes")
    @Operation(summary = "Итоги нанятого кандидата по периодам")
    List<OutcomeRecord> list(@PathVariable long id) {
        return outcomes.openAudited(id);
    }

    @GetMapping("/api/v1/validity")
    @Operation(summary = "Предсказала ли оценка итоги: ранговые корреляции с их n и выполнение плана по типам")
    Validity validity() {
        return validity.validity();
    }

    @ExceptionHandler(UnknownCandidateException.class)
    ResponseEntity<ProblemDetail> notFound(UnknownCandidateException e) {
        return problem(HttpStatus.NOT_FOUND, e.messageKey(), e.params());
    }

    @ExceptionHandler(OutcomeExistsException.class)
    ResponseEntity<ProblemDetail> exists(OutcomeExistsException e) {
        return problem(HttpStatus.CONFLICT, e.messageKey(), e.params());
    }

    private ResponseEntity<ProblemDetail> problem(HttpStatus status, String key, Object[] params) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, i18n.russian(key, params));
        problem.setTitle(i18n.russian("api.problem.title." + status.value()));
        return ResponseEntity.status(status).body(problem);
    }
}
