package ru.rop.portal.scheduling;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The meeting as the candidate sees it behind their link: no interviewers' addresses, nothing of the hiring.
 *
 * @param timeZone the vacancy's zone, shown besides Moscow time
 */
public record CandidateMeeting(MeetingState state, String company, String position, Instant start,
                               int durationMinutes, String timeZone, @Nullable String place,
                               @Nullable String videoLink, @Nullable String comment, boolean answerable) {

    public Instant end() {
        return start.plusSeconds(durationMinutes * 60L);
    }
}
