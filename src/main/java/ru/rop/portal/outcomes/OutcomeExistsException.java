package ru.rop.portal.outcomes;

import ru.rop.portal.common.UserFacingException;

/** The period already has figures: 409 in the API. */
public class OutcomeExistsException extends UserFacingException {

    OutcomeExistsException(int month) {
        super("outcome.month.exists", month);
    }
}
