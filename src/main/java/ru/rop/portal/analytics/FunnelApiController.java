package ru.rop.portal.analytics;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import ru.rop.portal.candidate.Stage;
import ru.rop.portal.common.api.ApiProblemException;
import ru.rop.portal.vacancy.VacancyService;

@RestController
@Tag(name = "Аналитика", description = "Воронка найма вакансии")
class FunnelApiController {

    /**
     * @param count candidates who got at least this far (REJECTED: who were ever rejected)
     * @param current candidates in the stage now
     * @param conversion share of {@code count} that reached the next stage, 0..1, null for the last stages
     * @param medianDays median days spent in the stage, null for the final stages or nobody
     */
    record StageCount(Stage stage, int count, int current, Double conversion, Double medianDays) {
    }

    record FunnelAnswer(int candidates, List<StageCount> stages, Double medianDaysToOffer) {
    }

    private final CockpitService cockpit;
    private final VacancyService vacancies;

    FunnelApiController(CockpitService cockpit, VacancyService vacancies) {
        this.cockpit = cockpit;
        this.vacancies = vacancies;
    }

    @GetMapping("/api/v1/vacancies/{id}/funnel")
    @Operation(summary = "Воронка вакансии: сколько кандидатов дошли до каждого этапа и медиана дней на этапе")
    FunnelAnswer funnel(@PathVariable long id) {
        if (vacancies.find(id).isEmpty()) {
            throw ApiProblemException.notFound("vacancy.not-found");
        }
        FunnelReport report = cockpit.funnel(id);
        return new FunnelAnswer(report.candidates(), report.stages().stream()
                .map(r -> new StageCount(r.stage(), r.reached(), r.current(), r.conversion(), r.medianDays()))
                .toList(), report.medianDaysToOffer());
    }
}
