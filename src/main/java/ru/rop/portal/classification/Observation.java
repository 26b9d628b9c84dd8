package ru.rop.portal.classification;

/**
 * One piece of evidence about one dimension: a value on the 1–5 scale and how much it weighs.
 *
 * @param reference what it came from (question, case criterion, item), for tracing a score back to its source
 */
public record Observation(DimensionId dimension, double value, double weight, EvidenceSource source,
                          String reference) {

    public Observation {
        if (value < 1.0 || value > 5.0 || Double.isNaN(value)) {
            throw new IllegalArgumentException("Observation value must be within 1..5: " + value);
        }
        if (!(weight > 0.0)) {
            throw new IllegalArgumentException("Observation weight must be positive: " + weight);
        }
    }
}
