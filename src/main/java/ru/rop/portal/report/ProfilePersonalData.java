package ru.rop.portal.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import ru.rop.portal.candidate.PersonalDataSection;
import ru.rop.portal.classification.ClassificationAnswer;
import ru.rop.portal.classification.CompetencyScore;
import ru.rop.portal.classification.DimensionId;
import ru.rop.portal.common.AppI18NProvider;

/**
 * What the portal concluded about the candidate — competency and dimension scores, the type, red flags, the
 * recommendation with its reasons — and the owner's decision, for the export of a person's data.
 */
@Component
class ProfilePersonalData implements PersonalDataSection {

    /** @param decision the owner's decision replacing the rules' recommendation, or null */
    record Evaluation(List<CompetencyScore> competencies, Map<DimensionId, Double> dimensions,
                      ClassificationAnswer type, List<String> redFlags, Recommendation recommendation,
                      List<String> recommendationReasons, HiringDecision decision) {
    }

    private final ProfileService profiles;
    private final AppI18NProvider i18n;

    ProfilePersonalData(ProfileService profiles, AppI18NProvider i18n) {
        this.profiles = profiles;
        this.i18n = i18n;
    }

    @Override
    public String key() {
        return "evaluation";
    }

    @Override
    public Evaluation personalData(long candidateId) {
        CandidateProfile profile = profiles.profile(candidateId);
        Map<DimensionId, Double> dimensions = new LinkedHashMap<>();
        profile.dimensions().forEach((dimension, score) -> dimensions.put(dimension, score.value()));
        return new Evaluation(profile.competencies(), dimensions,
                profile.classification() == null ? null : ClassificationAnswer.of(profile.classification()),
                profile.redFlags().stream().map(flag -> flag.flag().label()).toList(),
                profile.effectiveRecommendation(), profile.recommendation().reasons().stream()
                .map(reason -> i18n.russian(reason.key(), reason.params().toArray())).toList(),
                profile.decision());
    }
}
