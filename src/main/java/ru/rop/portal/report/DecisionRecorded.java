package ru.rop.portal.report;

/**
 * Published inside the transaction in which an owner recorded a decision on a candidate, or withdrew it
 * ({@code recommendation} null: the rules decide again). The written reason stays out: it is free text.
 */
public record DecisionRecorded(long candidateId, long vacancyId, Recommendation recommendation) {
}
