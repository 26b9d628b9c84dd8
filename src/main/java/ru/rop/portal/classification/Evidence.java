package ru.rop.portal.classification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.rop.portal.common.content.ContentChecks;

/**
 * Turns what the content says about an answer into observations. Two shapes exist in the content:
 * <ul>
 * <li>{@code evidence} weights (−1, −0.5, 0.5, 1) on scored answers: a score s on 1–5 says s about the dimension
 * when the weight is positive and 6 − s when it is negative; |weight| scales the source weight;</li>
 * <li>{@code effects} intensities (−2, −1, 1, 2) on choices and red flags: the observation is 3 + intensity, with
 * the source weight scaled by |intensity| / 2.</li>
 * </ul>
 */
public final class Evidence {

    static final Set<Double> WEIGHTS = Set.of(-1.0, -0.5, 0.5, 1.0);
    static final Set<Integer> INTENSITIES = Set.of(-2, -1, 1, 2);

    private Evidence() {
    }

    public static List<Observation> fromScore(Map<DimensionId, Double> weights, int score, EvidenceSource source,
                                              String reference) {
        if (score < 1 || score > 5) {
            throw new IllegalArgumentException("A score is 1..5: " + score);
        }
        List<Observation> observations = new ArrayList<>();
        weights.forEach((dimension, weight) -> observations.add(new Observation(dimension,
                weight > 0 ? score : 6 - score, Math.abs(weight) * source.weight(), source, reference)));
        return observations;
    }

    public static List<Observation> fromEffects(Map<DimensionId, Integer> effects, EvidenceSource source,
                                                String reference) {
        List<Observation> observations = new ArrayList<>();
        effects.forEach((dimension, intensity) -> observations.add(new Observation(dimension, 3.0 + intensity,
                Math.abs(intensity) / 2.0 * source.weight(), source, reference)));
        return observations;
    }

    /** For content files: a Likert answer 1–5 on one dimension, reversed where agreeing means the low pole. */
    public static Observation fromLikert(DimensionId dimension, boolean reverse, int answer, String reference) {
        if (answer < 1 || answer > 5) {
            throw new IllegalArgumentException("A Likert answer is 1..5: " + answer);
        }
        return new Observation(dimension, reverse ? 6 - answer : answer, EvidenceSource.SELF_ASSESSMENT.weight(),
                EvidenceSource.SELF_ASSESSMENT, reference);
    }

    public static void checkWeights(ContentChecks checks, String entry, Map<DimensionId, Double> weights) {
        if (weights == null || weights.isEmpty()) {
            checks.problem(entry, "has no dimension evidence");
            return;
        }
        weights.forEach((dimension, weight) -> {
            if (!WEIGHTS.contains(weight)) {
                checks.problem(entry, "weight " + weight + " for " + dimension + " is not one of -1, -0.5, 0.5, 1");
            }
        });
    }

    public static void checkEffects(ContentChecks checks, String entry, Map<DimensionId, Integer> effects) {
        if (effects == null || effects.isEmpty()) {
            checks.problem(entry, "has no dimension effects");
            return;
        }
        effects.forEach((dimension, intensity) -> {
            if (!INTENSITIES.contains(intensity)) {
                checks.problem(entry, "effect " + intensity + " for " + dimension + " is not one of -2, -1, 1, 2");
            }
        });
    }
}
