package ru.rop.portal.classification;

/**
 * A dimension's value with the evidence behind it. {@code value} is {@code null} when nothing was observed: an
 * unknown dimension is never «3».
 *
 * @param evidenceWeight the summed weight of the observations
 * @param confidence 0..1, growing with the evidence weight; 1 for values given directly
 * @param observedWeight the part of the evidence weight that a person saw (interview, case, red flag) rather than
 *                       what the candidate chose alone online
 * @param stated the value was given outright by a person (the API, the classifier panel), not built from evidence
 */
public record DimensionScore(DimensionId dimension, Double value, double evidenceWeight, int observations,
                             double confidence, double observedWeight, boolean stated) {

    /** Below this summed weight a value rests on a single weak hint (one self-description, one mild choice). */
    public static final double REAL_EVIDENCE_WEIGHT = 1.0;

    public static DimensionScore unknown(DimensionId dimension) {
        return new DimensionScore(dimension, null, 0.0, 0, 0.0, 0.0, false);
    }

    /** A value stated outright (the API's classification input, the classifier panel): full confidence. */
    public static DimensionScore given(DimensionId dimension, double value) {
        if (value < 1.0 || value > 5.0 || Double.isNaN(value)) {
            throw new IllegalArgumentException("A dimension value is 1..5: " + value);
        }
        return new DimensionScore(dimension, value, 0.0, 0, 1.0, 0.0, true);
    }

    public boolean known() {
        return value != null;
    }

    /** Known from more than a single weak hint: what «known» means when certainty is counted. */
    public boolean wellKnown() {
        return known() && (stated || evidenceWeight >= REAL_EVIDENCE_WEIGHT);
    }

    /** Rests at least partly on what a person saw or stated, not only on the candidate's own answers. */
    public boolean observed() {
        return known() && (stated || observedWeight > 0.0);
    }
}
