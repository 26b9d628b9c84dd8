package ru.rop.portal.retention;

/** What ended the hiring of a candidate, which starts the retention period. */
public enum HiringEnd {
    HIRED, REJECTED, VACANCY_FILLED, VACANCY_CLOSED;

    public String labelKey() {
        return "retention.decision." + name();
    }
}
