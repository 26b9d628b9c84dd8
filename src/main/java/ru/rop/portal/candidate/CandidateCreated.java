package ru.rop.portal.candidate;

/** Published inside the creating transaction, after the candidate's first stage is recorded. */
public record CandidateCreated(long candidateId, long vacancyId, Stage stage) {
}
