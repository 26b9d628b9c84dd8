package ru.rop.portal.scheduling;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A checked meeting: when, how long, who interviews, and either a place or an https video link. */
record MeetingPlan(Instant start, int durationMinutes, List<Long> interviewerIds, @Nullable String place,
                   @Nullable String videoLink) {

    Instant end() {
        return start.plusSeconds(durationMinutes * 60L);
    }
}
