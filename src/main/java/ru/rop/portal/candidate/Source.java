package ru.rop.portal.candidate;

/** Where a candidate came from. */
public enum Source {
    JOB_BOARD, REFERRAL, AGENCY, SOCIAL, COMPANY_SITE, DIRECT, API, OTHER;

    public String labelKey() {
        return "source." + name();
    }
}
