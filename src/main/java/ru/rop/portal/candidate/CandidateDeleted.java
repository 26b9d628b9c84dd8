package ru.rop.portal.candidate;

/** Published inside the deleting transaction: features that keep data about the candidate delete it too. */
public record CandidateDeleted(long candidateId) {
}
