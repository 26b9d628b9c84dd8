package ru.rop.portal.outcomes;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import ru.rop.portal.candidate.CandidateDeleted;

/**
 * Deletes the hire and its outcomes inside the transaction that deletes the candidate (erasure on request or by
 * retention). Not behind the service's role check: whoever may delete the candidate may delete this with it.
 */
@Component
class OutcomeCleanup {

    private final HireRepository hires;
    private final OutcomeRepository outcomes;

    OutcomeCleanup(HireRepository hires, OutcomeRepository outcomes) {
        this.hires = hires;
        this.outcomes = outcomes;
    }

    @EventListener
    void onCandidateDeleted(CandidateDeleted event) {
        outcomes.deleteByCandidateId(event.candidateId());
        outcomes.flush();
        hires.findById(event.candidateId()).ifPresent(hire -> {
            hires.delete(hire);
            hires.flush();
        });
    }
}
