package ru.rop.portal.candidate;

import java.time.Instant;

/**
 * Who was erased, as known the moment before: the destruction record (акт) must name the person, so the name leaves
 * the database only in this value, for the act file, never to be stored again.
 */
public record ErasedCandidate(long erasureId, long candidateId, long vacancyId, String fullName, String email,
                              Stage stage, ErasureReason reason, Instant erasedAt, String erasedBy) {
}
