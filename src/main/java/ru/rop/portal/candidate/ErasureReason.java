package ru.rop.portal.candidate;

/** Why a candidate's personal data was destroyed; the destruction record states it. */
public enum ErasureReason {
    /** The candidate asked the company (by letter, phone) and HR or an owner erased the data. */
    REQUEST,
    /** The candidate withdrew consent through the link of the assessment. */
    WITHDRAWAL,
    /** The retention period after the hiring decision ran out. */
    RETENTION;

    public String labelKey() {
        return "erasure.reason." + name();
    }
}
