package ru.rop.portal.scheduling;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import ru.rop.portal.security.StaffMember;

/**
 * A meeting as the card, the start page and the API show it.
 *
 * @param timeZone the vacancy's time zone, in which the candidate reads the time besides Moscow's
 * @param candidateComment what the candidate wrote when asking for another time
 */
public record MeetingSummary(long id, long candidateId, String candidateName, long vacancyId, MeetingState state,
                             Instant start, int durationMinutes, List<StaffMember> interviewers,
                             @Nullable String place, @Nullable String videoLink, int sequence, String timeZone,
                             @Nullable String candidateComment, @Nullable Instant respondedAt,
                             Instant createdAt, String createdBy) {

    public Instant end() {
        return start.plusSeconds(durationMinutes * 60L);
    }
}
