package ru.rop.portal.scheduling;

import ru.rop.portal.common.UserFacingException;

/** An interviewer already has an open meeting at that time; carries it so the API can name it. */
public class MeetingOverlapException extends UserFacingException {

    private final long existingId;

    MeetingOverlapException(long existingId, String interviewer, String existingTime) {
        super("meeting.overlap", interviewer, existingTime);
        this.existingId = existingId;
    }

    public long existingId() {
        return existingId;
    }
}
