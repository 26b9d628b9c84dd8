package ru.rop.portal.cases;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import ru.rop.portal.candidate.CandidateDeleted;

/**
 * Deletes this feature's data about a candidate inside the transaction that deletes the candidate. Not behind the
 * service's role check: whoever was allowed to delete the candidate was allowed to delete this with it.
 */
@Component
class CaseCleanup {

    private final CaseAssignmentRepository assignments;

    CaseCleanup(CaseAssignmentRepository assignments) {
        this.assignments = assignments;
    }

    @EventListener
    void onCandidateDeleted(CandidateDeleted event) {
        assignments.deleteAll(assignments.findByCandidateIdOrderByAssignedAtAscIdAsc(event.candidateId()));
    }
}
