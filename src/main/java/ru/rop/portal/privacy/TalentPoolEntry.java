package ru.rop.portal.privacy;

import java.time.Instant;

/**
 * A candidate's consent to stay in the talent pool (кадровый резерв).
 *
 * @param until       the end of the term the candidate agreed to
 * @param withdrawnAt when the candidate withdrew it; null while it stands
 */
public record TalentPoolEntry(long candidateId, Instant givenAt, Instant until, Instant withdrawnAt) {

    /** Whether the consent keeps the data beyond the usual retention at all: given and not withdrawn. */
    public boolean valid() {
        return withdrawnAt == null;
    }
}
