package ru.rop.portal.candidate;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    private final StageChangeRepository history;

    CandidateLookup(CandidateRepository candidates, StageChangeRepository history) {
        this.candidates = candidates;
        this.history = history;
    }

    @Transactional(readOnly = true)
    public Optional<CandidateSummary> find(long id) {
        return candidates.findById(id).map(Candidate::toSummary);
    }

    /** The candidate behind an assessment link, read as values (every step of the assessment asks). */
    @Transactional(readOnly = true)
    public Optional<LinkHolder> linkHolder(long id) {
        return candidates.findLinkHolder(id);
    }

    /** Every candidate with the time of the hiring decision about them, for the retention run. */
    @Transactional(readOnly = true)
    public List<CandidateStanding> standings() {
        Map<Long, Instant> decided = new HashMap<>();
        for (Object[] row : history.finalStageReached()) {
            decided.put((Long) row[0], (Instant) row[1]);
        }
        return candidates.findAll().stream().map(c -> new CandidateStanding(c.getId(), c.getVacancyId(),
                c.getFullName(), c.getStage(), c.getStage().terminal()
                        // A final stage without a recorded move (imported data) dates from the last change.
                        ? decided.getOrDefault(c.getId(), c.toSummary().updatedAt()) : null)).toList();
    }
}
