package ru.rop.portal.candidate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.rop.portal.common.api.ApiProblemException;
import ru.rop.portal.vacancy.VacancyService;

/** The pipeline as a CRM reads it: a vacancy's candidates page by page, optionally of one stage. */
@RestController
@RequestMapping("/api/v1/vacancies/{id}/candidates")
@Tag(name = "Кандидаты", description = "Кандидаты вакансий")
class VacancyCandidatesApiController {

    static final int MAX_PAGE_SIZE = 100;
    /** Deeper pages would overflow the row offset; a CRM that needs more filters by stage. */
    static final int MAX_PAGE = 100_000;

    private final CandidateService candidates;
    private final VacancyService vacancies;

    VacancyCandidatesApiController(CandidateService candidates, VacancyService vacancies) {
        this.candidates = candidates;
        this.vacancies = vacancies;
    }

    @GetMapping
    @Operation(summary = "Кандидаты вакансии постранично (size 1–100), по желанию только одного этапа (stage)")
    CandidatePage list(@PathVariable long id, @RequestParam(required = false) Stage stage,
                       @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        List<ApiProblemException.FieldError> errors = new ArrayList<>();
        if (page < 0 || page > MAX_PAGE) {
            errors.add(new ApiProblemException.FieldError("page", "api.candidates.page"));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            errors.add(new ApiProblemException.FieldError("size", "api.candidates.size"));
        }
        if (!errors.isEmpty()) {
            throw ApiProblemException.badRequest(errors);
        }
        if (vacancies.find(id).isEmpty()) {
            throw ApiProblemException.notFound("vacancy.not-found");
        }
        return candidates.readPageAudited(id, stage, page, size);
    }
}
