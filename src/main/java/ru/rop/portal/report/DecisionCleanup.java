package ru.rop.portal.report;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import ru.rop.portal.candidate.CandidateDeleted;

/**
 * Deletes this feature's data about a candidate inside the transaction that deletes the candidate. Not behind the
 * service's role check: whoever was allowed to delete the candidate was allowed to delete this with it.
 */
@Component
class DecisionCleanup {

    private final CandidateDecisionRepository decisions;

    DecisionCleanup(CandidateDecisionRepository decisions) {
        this.decisions = decisions;
    }

    @EventListener
    void onCandidateDeleted(CandidateDeleted event) {
        decisions.findById(event.candidateId()).ifPresent(decisions::delete);
    }
}
