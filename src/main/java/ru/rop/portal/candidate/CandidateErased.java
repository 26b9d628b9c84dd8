package ru.rop.portal.candidate;

/**
 * Published inside the erasing transaction after {@link CandidateDeleted} has removed every feature's data: the
 * destruction record is written from it.
 */
public record CandidateErased(ErasedCandidate candidate) {
}
