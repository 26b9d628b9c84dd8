package ru.rop.portal.classification;

/**
 * A dimension's value with the evidence behind it. {@code value} is {@code null} when nothing was observed: an
 * unknown dimension is never «3».
 *
 * @param evidenceWeight the summed weight of the observations
 * @param confidence 0..1, growing with the evidence weight; 1 for values given directly
 */
public record DimensionScore(DimensionId dimension, Double value, double evidenceWeight, int observations,
                             double confidence) {

    public static DimensionScore unknown(DimensionId dimension) {
        return new DimensionScore(dimension, null, 0.0, 0, 0.0);
    }

    /** A value stated outright (the API's classification input, the classifier panel): full confidence. */
    public static DimensionScore given(DimensionId dimension, double value) {
        if (value < 1.0 || value > 5.0 || Double.isNaN(value)) {
            throw new IllegalArgumentException("A dimension value is 1..5: " + value);
        }
        return new DimensionScore(dimension, value, 0.0, 0, 1.0);
    }

    public boolean known() {
        return value != null;
    }
}
