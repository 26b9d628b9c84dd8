package ru.rop.portal.classification;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * Observations → one score per dimension: the weighted mean of the observed values, with a confidence that
 * saturates as evidence accumulates (one scored interview answer ≈ 0.63, two ≈ 0.86, three ≈ 0.95).
 */
public final class DimensionScoring {

    /** Evidence weight at which confidence reaches 1 − 1/e. */
    static final double CONFIDENCE_SCALE = 3.0;

    private DimensionScoring() {
    }

    public static Map<DimensionId, DimensionScore> score(Collection<Observation> observations) {
        Map<DimensionId, double[]> sums = new EnumMap<>(DimensionId.class);
        for (Observation observation : observations) {
            double[] sum = sums.computeIfAbsent(observation.dimension(), d -> new double[4]);
            sum[0] += observation.value() * observation.weight();
            sum[1] += observation.weight();
            sum[2]++;
            if (observation.source().observed()) {
                sum[3] += observation.weight();
            }
        }
        Map<DimensionId, DimensionScore> scores = new EnumMap<>(DimensionId.class);
        for (DimensionId dimension : DimensionId.values()) {
            double[] sum = sums.get(dimension);
            scores.put(dimension, sum == null ? DimensionScore.unknown(dimension)
                    : new DimensionScore(dimension, round(sum[0] / sum[1]), sum[1], (int) sum[2],
                            1.0 - Math.exp(-sum[1] / CONFIDENCE_SCALE), sum[3], false));
        }
        return scores;
    }

    public static Map<DimensionId, DimensionScore> given(Map<DimensionId, Double> values) {
        Map<DimensionId, DimensionScore> scores = new EnumMap<>(DimensionId.class);
        for (DimensionId dimension : DimensionId.values()) {
            Double value = values.get(dimension);
            scores.put(dimension, value == null ? DimensionScore.unknown(dimension)
                    : DimensionScore.given(dimension, value));
        }
        return scores;
    }

    static double round(double value) {
        return Math.round(value * 100.0) / 100.0;
    }
}
