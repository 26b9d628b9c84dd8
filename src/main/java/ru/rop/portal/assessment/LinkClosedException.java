package ru.rop.portal.assessment;

import ru.rop.portal.common.UserFacingException;

/**
 * The candidate's link no longer opens anything: revoked, expired, the hiring decided or the data erased meanwhile.
 * The page shows the closed link instead of the step.
 */
public class LinkClosedException extends UserFacingException {

    public LinkClosedException() {
        super("assessment.link.invalid");
    }
}
