package ru.rop.portal.assessment;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import ru.rop.portal.candidate.CandidateDeleted;

/** Deletes the candidate's invitations and answers with the candidate (answers go by the foreign key). */
@Component
class AssessmentCleanup {

    private final InvitationRepository invitations;

    AssessmentCleanup(InvitationRepository invitations) {
        this.invitations = invitations;
    }

    @EventListener
    void onCandidateDeleted(CandidateDeleted event) {
        invitations.deleteAll(invitations.findByCandidateId(event.candidateId()));
    }
}
