package ru.rop.portal.scheduling;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.rop.portal.candidate.PersonalDataSection;

/** The candidate's interview meetings in the export of everything held on them. */
@Component
class MeetingPersonalData implements PersonalDataSection {

    record MeetingData(MeetingState state, Instant start, int durationMinutes, @Nullable String place,
                       @Nullable String videoLink, @Nullable String candidateComment, @Nullable Instant respondedAt,
                       @Nullable Instant reminderSentAt, Instant createdAt, String createdBy) {
    }

    private final MeetingRepository meetings;

    MeetingPersonalData(MeetingRepository meetings) {
        this.meetings = meetings;
    }

    @Override
    public String key() {
        return "meetings";
    }

    @Override
    @Transactional(readOnly = true)
    public Object personalData(long candidateId) {
        List<MeetingData> all = meetings.findByCandidateIdOrderByCreatedAtDescIdDesc(candidateId).stream()
                .map(m -> new MeetingData(m.getState(), m.getStartAt(), m.getDurationMinutes(), m.getPlace(),
                        m.getVideoLink(), m.getCandidateComment(), m.getRespondedAt(), m.getReminderSentAt(),
                        m.getCreatedAt(), m.getCreatedBy()))
                .toList();
        return all;
    }
}
