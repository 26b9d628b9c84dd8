package ru.rop.portal.assessment;

import org.springframework.stereotype.Component;
import ru.rop.portal.cases.WrittenCaseOwnership;

/** From the consent on, the written cases on a candidate's link are the candidate's to answer. */
@Component
class ConsentedWrittenCases implements WrittenCaseOwnership {

    private final InvitationRepository invitations;

    ConsentedWrittenCases(InvitationRepository invitations) {
        this.invitations = invitations;
    }

    @Override
    public boolean ownedByCandidate(long candidateId) {
        return invitations.findByCandidateId(candidateId).stream().anyMatch(Invitation::consented);
    }
}
