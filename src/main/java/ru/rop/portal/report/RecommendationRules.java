package ru.rop.portal.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import ru.rop.portal.classification.Classification;
import ru.rop.portal.classification.CompetencyScore;
import ru.rop.portal.classification.RopTypeId;

/**
 * The documented rules (docs/classification.md, «Recommendation») that turn a profile into advice. They read only
 * what a person can check on the profile page: how many competencies have evidence, their mean and weakest score,
 * the red flags and the type.
 */
final class RecommendationRules {

    static final int MIN_KNOWN_COMPETENCIES = 6;
    static final double STRONG_YES_MEAN = 4.0;
    static final double STRONG_YES_WEAKEST = 3.0;
    static final double YES_MEAN = 3.4;
    static final double WEAK_SCORE = 3.0;
    static final int YES_MAX_WEAK = 1;
    static final int YES_MAX_FLAGS = 1;
    static final double STRONG_NO_MEAN = 2.5;
    static final int STRONG_NO_FLAGS = 3;

    private RecommendationRules() {
    }

    /**
     * @param redFlags distinct behaviours flagged (overlapping flags merged)
     * @param distinctlySourced of those, how many rest on questions of their own: only these can make «strong no»
     * @param classification the type, or null while too little is known
     */
    static RecommendationResult apply(List<CompetencyScore> competencies, int redFlags, int distinctlySourced,
                                      Classification classification) {
        List<CompetencyScore> known = competencies.stream().filter(CompetencyScore::known).toList();
        List<RecommendationResult.Reason> reasons = new ArrayList<>();
        if (known.size() < MIN_KNOWN_COMPETENCIES) {
            reasons.add(reason("recommendation.reason.insufficient", known.size(), competencies.size(),
                    MIN_KNOWN_COMPETENCIES));
            return new RecommendationResult(Recommendation.INSUFFICIENT, reasons);
        }
        // Everything is compared at the one decimal the profile shows, so the rule can be checked by eye.
        double mean = meanScore(known);
        CompetencyScore weakest = known.stream().min(Comparator.comparingDouble(CompetencyScore::score))
                .orElseThrow();
        double weakestScore = shown(weakest.score());
        long weak = known.stream().filter(c -> shown(c.score()) < WEAK_SCORE).count();
        // «Strong yes» needs the ideal type to be clear, not merely suggested by thin or unobserved evidence.
        boolean ideal = classification != null && classification.clear()
                && classification.best().type() == RopTypeId.CEO_DREAM;
        reasons.add(reason("recommendation.reason.mean", mean, known.size()));
        reasons.add(reason("recommendation.reason.weakest", weakest.label(), weakestScore));
        reasons.add(reason(redFlags == 0 ? "recommendation.reason.no-flags" : "recommendation.reason.flags",
                redFlags));
        if (classification != null) {
            reasons.add(reason("recommendation.reason.type." + classification.certainty().name(),
                    classification.best().label()));
        }
        Recommendation value;
        if (mean < STRONG_NO_MEAN || distinctlySourced >= STRONG_NO_FLAGS) {
            value = Recommendation.STRONG_NO;
        } else if (mean >= STRONG_YES_MEAN && weakestScore >= STRONG_YES_WEAKEST && redFlags == 0 && ideal) {
            value = Recommendation.STRONG_YES;
        } else if (mean >= YES_MEAN && weak <= YES_MAX_WEAK && redFlags <= YES_MAX_FLAGS) {
            value = Recommendation.YES;
        } else {
            value = Recommendation.NO;
        }
        reasons.addFirst(reason("recommendation.rule." + value.name()));
        return new RecommendationResult(value, reasons);
    }

    /** The mean of the known competency scores at the one decimal the profile shows; null when none is known. */
    static Double meanScore(List<CompetencyScore> competencies) {
        return competencies.stream().filter(CompetencyScore::known).mapToDouble(CompetencyScore::score).average()
                .stream().mapToObj(RecommendationRules::shown).findFirst().orElse(null);
    }

    static double shown(double value) {
        return Math.round(value * 10.0) / 10.0;
    }

    private static RecommendationResult.Reason reason(String key, Object... params) {
        return new RecommendationResult.Reason(key, List.of(params));
    }
}
