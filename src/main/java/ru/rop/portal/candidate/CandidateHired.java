package ru.rop.portal.candidate;

import java.time.Instant;

/**
 * Published inside the transaction that moves a candidate to «hired»: what must be fixed at that moment (the
 * prediction the outcomes are later compared with) is written in the same commit or not at all.
 */
public record CandidateHired(long candidateId, long vacancyId, Instant hiredAt) {
}
