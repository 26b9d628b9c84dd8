package ru.rop.portal.privacy;

import java.util.Optional;

/**
 * The candidate behind a submitted assessment's link, for the talent-pool offer on its completion page. The online
 * assessment knows the links and answers this.
 */
public interface SubmittedLinks {

    /**
     * @param lock whether to hold the link's record until the transaction ends (before a change made through it)
     * @return the candidate's id; empty for a link that opens nothing or is not submitted
     */
    Optional<Long> submittedCandidate(String token, boolean lock);
}
