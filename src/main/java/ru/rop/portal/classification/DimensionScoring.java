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
    /** Where a person observed a dimension, the online answers on it weigh at most this share of what they saw. */
    static final double ONLINE_SHARE_OF_SEEN = 0.5;

    private DimensionScoring() {
    }

    public static Map<DimensionId, DimensionScore> score(Collection<Observation> observations) {
        // Per dimension: value × weight and weight, apart for what a person saw and what the candidate chose alone.
        Map<DimensionId, double[]> sums = new EnumMap<>(DimensionId.class);
        for (Observation observation : observations) {
            double[] sum = sums.computeIfAbsent(observation.dimension(), d -> new double[5]);
            int offset = observation.source().observed() ? 0 : 2;
            sum[offset] += observation.value() * observation.weight();
            sum[offset + 1] += observation.weight();
            sum[4]++;
        }
        Map<DimensionId, DimensionScore> scores = new EnumMap<>(DimensionId.class);
        for (DimensionId dimension : DimensionId.values()) {
            double[] sum = sums.get(dimension);
            if (sum == null) {
                scores.put(dimension, DimensionScore.unknown(dimension));
                continue;
            }
            double seenWeight = sum[1];
            double onlineWeight = sum[3];
            // What an interviewer or case reader saw outweighs what the candidate chose alone: where a person has
            // observed the dimension, the online answers together weigh at most half as much as that.
            double onlineFactor = seenWeight > 0.0 && onlineWeight > ONLINE_SHARE_OF_SEEN * seenWeight
                    ? ONLINE_SHARE_OF_SEEN * seenWeight / onlineWeight : 1.0;
            double weight = seenWeight + onlineWeight * onlineFactor;
            double value = (sum[0] + sum[2] * onlineFactor) / weight;
            scores.put(dimension, new DimensionScore(dimension, round(value), weight, (int) sum[4],
                    1.0 - Math.exp(-weight / CONFIDENCE_SCALE), seenWeight, false));
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
