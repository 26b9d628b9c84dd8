package ru.rop.portal.vacancy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.rop.portal.common.AppI18NProvider;
import ru.rop.portal.common.api.ApiProblemException;
import ru.rop.portal.common.api.ConflictProblem;

@RestController
@RequestMapping("/api/v1/vacancies")
@Tag(name = "Вакансии", description = "Вакансии руководителя отдела продаж")
class VacancyApiController {

    record NewVacancy(String title, String companyName, String industry, Integer salesTeamSize, String reportsTo,
                      String notes, String timeZone) {
    }

    private final VacancyService vacancies;
    private final AppI18NProvider i18n;

    VacancyApiController(VacancyService vacancies, AppI18NProvider i18n) {
        this.vacancies = vacancies;
        this.i18n = i18n;
    }

    @PostMapping
    @Operation(summary = "Создать вакансию (409, если открытая вакансия с таким названием уже есть; "
            + "allowDuplicate=true создаёт ещё одну)")
    ResponseEntity<VacancySummary> create(@RequestBody NewVacancy body,
                                          @RequestParam(defaultValue = "false") boolean allowDuplicate) {
        VacancySummary created = vacancies.create(new VacancyForm(body.title(), body.companyName(), body.industry(),
                body.salesTeamSize(), body.reportsTo(), VacancyStatus.OPEN, null, null, null, body.notes(), -1,
                body.timeZone()),
                allowDuplicate);
        return ResponseEntity.created(URI.create("/api/v1/vacancies/" + created.id())).body(created);
    }

    @GetMapping
    @Operation(summary = "Все вакансии, новые первыми")
    List<VacancySummary> list() {
        return vacancies.list();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Вакансия по идентификатору")
    VacancySummary get(@PathVariable long id) {
        return vacancies.find(id).orElseThrow(() -> ApiProblemException.notFound("vacancy.not-found"));
    }

    @ExceptionHandler(DuplicateVacancyException.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicateVacancyException e) {
        return ConflictProblem.of(i18n, e, "existingVacancyId", e.existingId(), null);
    }
}
