package ru.rop.portal.scheduling;

import java.time.Instant;

/**
 * Published inside the transaction whenever a meeting is proposed, rescheduled, cancelled, confirmed, moved at the
 * candidate's request or marked held, for integrations (webhooks). No personal data: ids, state and time only.
 *
 * @param change what happened: {@code PROPOSED}, {@code RESCHEDULED}, {@code CANCELLED}, {@code CONFIRMED},
 *               {@code MOVE_REQUESTED}, {@code HELD}
 */
public record MeetingChanged(long meetingId, long candidateId, long vacancyId, String change, String state,
                             int sequence, Instant start, int durationMinutes) {
}
