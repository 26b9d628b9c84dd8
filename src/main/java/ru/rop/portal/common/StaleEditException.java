package ru.rop.portal.common;

/**
 * The person edited something that someone else (a colleague, the candidate's other device) changed since their
 * page loaded it: nothing was saved, and the page shows the newer version beside theirs instead of overwriting it.
 */
public class StaleEditException extends UserFacingException {

    public StaleEditException(String messageKey, Object... params) {
        super(messageKey, params);
    }
}
