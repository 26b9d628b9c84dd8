package ru.rop.portal.interview;

/** An interview counts on the panel and in the profile only once its interviewer has submitted it. */
public enum InterviewStatus {
    IN_PROGRESS, SUBMITTED;

    public String labelKey() {
        return "interview.status." + name();
    }
}
