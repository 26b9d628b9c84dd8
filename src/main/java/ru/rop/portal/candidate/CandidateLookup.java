package ru.rop.portal.candidate;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A candidate read without a signed-in user, for flows that proved their right otherwise — the candidate's own
 * assessment link. Everything else goes through {@link CandidateService} and its role checks.
 */
@Component
public class CandidateLookup {

    private final CandidateRepository candidates;

    CandidateLookup(CandidateRepository candidates) {
        this.candidates = candidates;
    }

    @Transactional(readOnly = true)
    public Optional<CandidateSummary> find(long id) {
        return candidates.findById(id).map(Candidate::toSummary);
    }
}
