package ru.rop.portal.classification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.rop.portal.common.content.ContentChecks;

/**
 * Turns what the content says about an answer into observations. Two shapes exist in the content:
 * <ul>
 * <li>{@code evidence} weights (0.5, 1) on scored answers, capabilities only: a score s on 1–5 says s about the
 * dimension; the weight scales the source weight (a negative weight, read as 6 − s, is refused in content: a style
 * is never the inverse of a good answer);</li>
 * <li>{@code effects} intensities (−2, −1, 1, 2) on choices and red flags: the observation is 3 + intensity, with
 * the source weight scaled by |intensity| / 2.</li>
 * </ul>
 */
public final class Evidence {

    static final Set<Double> CAPABILITY_WEIGHTS = Set.of(0.5, 1.0);
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

    /**
     * Evidence of a scored answer (interview question, case criterion): a better answer is a higher capability, so
     * only capabilities, with weights 0.5 or 1. A style is never "the quality of the answer" or its inverse.
     */
    public static void checkCapabilityWeights(ContentChecks checks, String entry, Map<DimensionId, Double> weights,
                                              RopModel model) {
        if (weights == null || weights.isEmpty()) {
            checks.problem(entry, "has no dimension evidence");
            return;
        }
        weights.forEach((dimension, weight) -> {
            Dimension known = model.dimension(dimension);
            if (known != null && known.kind() != DimensionKind.CAPABILITY) {
                checks.problem(entry, dimension + " is a style, not a capability: the quality of an answer says"
                        + " nothing about where a person sits on a style");
            } else if (!CAPABILITY_WEIGHTS.contains(weight)) {
                checks.problem(entry, "weight " + weight + " for " + dimension + " is not 0.5 or 1");
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
