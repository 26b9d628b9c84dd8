package ru.rop.portal.candidate;

import java.util.List;

/**
 * The pipeline of a head-of-sales vacancy. Active stages may be moved between in either direction (a mistake is
 * corrected by moving back), with three exceptions: nobody returns to «new» once contacted, «hired» is final and
 * reached only from the offer, and a rejection records a reason and can only be reopened to where it happened.
 */
public enum Stage {
    NEW, ASSESSMENT_SENT, ASSESSMENT_DONE, INTERVIEW, CASE, FINALIST, OFFER, HIRED, REJECTED;

    public static final List<Stage> BOARD = List.of(values());

    public boolean terminal() {
        return this == HIRED || this == REJECTED;
    }

    public String labelKey() {
        return "stage." + name();
    }
}
