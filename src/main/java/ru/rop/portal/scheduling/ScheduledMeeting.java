package ru.rop.portal.scheduling;

/**
 * A meeting just proposed or moved, with the candidate's new link (shown once: only its hash is kept).
 *
 * @param emailSent false when mail is not configured or the server refused: then pass the link on yourself
 */
public record ScheduledMeeting(MeetingSummary meeting, String candidateUrl, boolean emailSent) {
}
