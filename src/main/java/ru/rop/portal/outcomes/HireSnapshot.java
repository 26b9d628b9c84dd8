package ru.rop.portal.outcomes;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import ru.rop.portal.candidate.CandidateHired;
import ru.rop.portal.classification.CompetencyScore;
import ru.rop.portal.report.CandidateProfile;
import ru.rop.portal.report.ProfileService;

/**
 * Freezes the prediction in the transaction that hires the candidate: if the hire rolls back, so does the snapshot,
 * and later evidence or a changed decision can no longer rewrite what the assessment said at the time. Runs under
 * the role of whoever hires; moving to «hired» already required it to read the profile.
 */
@Component
class HireSnapshot {

    private final ProfileService profiles;
    private final HireRepository hires;

    HireSnapshot(ProfileService profiles, HireRepository hires) {
        this.profiles = profiles;
        this.hires = hires;
    }

    @EventListener
    void onHired(CandidateHired event) {
        if (hires.existsById(event.candidateId())) {
            return;
        }
        CandidateProfile profile = profiles.profile(event.candidateId());
        hires.save(new Hire(event.candidateId(), event.vacancyId(), event.hiredAt(),
                LocalDate.ofInstant(event.hiredAt(), ZoneId.systemDefault()), prediction(profile)));
    }

    static Prediction prediction(CandidateProfile profile) {
        if (profile.blinded()) {
            return new Prediction(null, null, profile.effectiveRecommendation().name(), null, true, Map.of(), Map.of());
        }
        Map<String, Double> competencies = new HashMap<>();
        profile.competencies().stream().filter(CompetencyScore::known)
                .forEach(score -> competencies.put(score.competencyId(), score.score()));
        Map<String, Double> roles = new HashMap<>();
        profile.roleBalance().scores().forEach((role, score) -> roles.put(role.name(), score));
        OptionalDouble average = competencies.values().stream().mapToDouble(Double::doubleValue).average();
        Double mean = average.isPresent() ? average.getAsDouble() : null;
        var classification = profile.classification();
        return new Prediction(classification == null ? null : classification.best().type().name(),
                classification == null ? null : classification.certainty().name(),
                profile.effectiveRecommendation().name(), mean, false, competencies, roles);
    }
}
