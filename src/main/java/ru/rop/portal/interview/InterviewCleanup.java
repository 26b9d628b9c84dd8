package ru.rop.portal.interview;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import ru.rop.portal.candidate.CandidateDeleted;

/**
 * Deletes this feature's data about a candidate inside the transaction that deletes the candidate. Not behind the
 * service's role check: whoever was allowed to delete the candidate was allowed to delete this with it.
 */
@Component
class InterviewCleanup {

    private final InterviewRepository interviews;

    InterviewCleanup(InterviewRepository interviews) {
        this.interviews = interviews;
    }

    @EventListener
    void onCandidateDeleted(CandidateDeleted event) {
        interviews.deleteAll(interviews.findByCandidateIdOrderByStartedAtAsc(event.candidateId()));
    }
}
