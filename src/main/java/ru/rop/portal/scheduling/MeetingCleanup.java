package ru.rop.portal.scheduling;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import ru.rop.portal.candidate.CandidateDeleted;

/**
 * Deletes the candidate's meetings inside the transaction that deletes or erases the candidate (staff, the
 * candidate's withdrawal, the retention run): whoever may delete the candidate may delete these with them.
 */
@Component
class MeetingCleanup {

    private final MeetingRepository meetings;

    MeetingCleanup(MeetingRepository meetings) {
        this.meetings = meetings;
    }

    @EventListener
    void onCandidateDeleted(CandidateDeleted event) {
        meetings.deleteAll(meetings.findByCandidateIdOrderByCreatedAtDescIdDesc(event.candidateId()));
    }
}
