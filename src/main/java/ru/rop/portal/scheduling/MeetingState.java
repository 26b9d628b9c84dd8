package ru.rop.portal.scheduling;

/** Where a meeting stands; {@code MOVED} means the candidate asked for another time. */
public enum MeetingState {
    PROPOSED, CONFIRMED, MOVED, CANCELLED, HELD;

    /** Still to happen: it holds the interviewers' time and may be changed. */
    public boolean open() {
        return this == PROPOSED || this == CONFIRMED || this == MOVED;
    }

    public String labelKey() {
        return "meeting.state." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
