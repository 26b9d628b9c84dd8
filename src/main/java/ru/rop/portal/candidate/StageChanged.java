package ru.rop.portal.candidate;

/**
 * Published inside the transaction that moved a candidate along the pipeline (by a person or automatically).
 * Carries no reason: a rejection reason is free text someone typed.
 */
public record StageChanged(long candidateId, long vacancyId, Stage from, Stage to, boolean automatic) {
}
