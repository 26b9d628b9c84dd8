package ru.rop.portal.assessment;

/** Published inside the transaction in which the candidate submitted the online assessment. */
public record AssessmentCompleted(long invitationId, long candidateId, long vacancyId) {
}
