package ru.rop.portal.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import ru.rop.portal.candidate.CandidateService;
import ru.rop.portal.classification.ClassificationAnswer;
import ru.rop.portal.classification.DimensionId;
import ru.rop.portal.common.AppI18NProvider;
import ru.rop.portal.common.api.ApiProblemException;

@RestController
@Tag(name = "Профиль кандидата", description = "Компетенции, измерения, тип РОП, красные флаги и рекомендация")
class ProfileApiController {

    record CompetencyAnswer(String id, String label, Double score, int evidenceCount, Double spread) {
    }

    record FlagSource(String rater, String questionId, String question) {
    }

    record RedFlagAnswer(String id, String label, List<FlagSource> sources) {
    }

    record DecisionAnswer(Recommendation recommendation, String reason, String decidedBy, Instant decidedAt) {
    }

    /**
     * @param recommendation the one that stands: the owner's when given, else the rules'
     * @param recommendationSource {@code rules}, or {@code owner} when the owner overrode the rules
     * @param rulesRecommendation and {@code rulesReasons}: what the documented rules say, always
     */
    record ProfileAnswer(long candidateId, String assessmentStatus, List<CompetencyAnswer> competencies,
                         Map<DimensionId, Double> dimensions, ClassificationAnswer classification,
                         List<RedFlagAnswer> redFlags, Recommendation recommendation, String recommendationSource,
                         DecisionAnswer decision, Recommendation rulesRecommendation, List<String> rulesReasons) {
    }

    private final ProfileService profiles;
    private final CandidateService candidates;
    private final AppI18NProvider i18n;

    ProfileApiController(ProfileService profiles, CandidateService candidates, AppI18NProvider i18n) {
        this.profiles = profiles;
        this.candidates = candidates;
        this.i18n = i18n;
    }

    @GetMapping("/api/v1/candidates/{id}/profile")
    @Operation(summary = "Профиль кандидата по всем собранным данным: это совет, решение принимает человек")
    ProfileAnswer profile(@PathVariable long id) {
        if (candidates.find(id).isEmpty()) {
            throw ApiProblemException.notFound("candidate.not-found", id);
        }
        CandidateProfile profile = profiles.openAudited(id);
        Map<DimensionId, Double> dimensions = new LinkedHashMap<>();
        profile.dimensions().forEach((dimension, score) -> dimensions.put(dimension, score.value()));
        List<String> reasons = profile.recommendation().reasons().stream()
                .map(r -> i18n.russian(r.key(), r.params().toArray())).toList();
        HiringDecision decision = profile.decision();
        return new ProfileAnswer(id, profile.assessmentStatus().name(),
                profile.competencies().stream().map(c -> new CompetencyAnswer(c.competencyId(), c.label(), c.score(),
                        c.evidenceCount(), c.spread())).toList(),
                dimensions,
                profile.classification() == null ? null : ClassificationAnswer.of(profile.classification()),
                profile.redFlags().stream().map(f -> new RedFlagAnswer(f.flag().id(), f.flag().label(),
                        f.sources().stream().map(source -> new FlagSource(source.raterName(), source.questionId(),
                                source.questionText())).toList())).toList(),
                profile.effectiveRecommendation(), decision != null ? "owner" : "rules",
                decision == null ? null : new DecisionAnswer(decision.recommendation(), decision.reason(),
                        decision.decidedBy(), decision.decidedAt()),
                profile.recommendation().value(), reasons);
    }
}
