package ru.rop.portal.assessment;

import ru.rop.portal.common.UserFacingException;

/** The assessment was submitted meanwhile (on another device): nothing more is taken, the page shows the result. */
public class AssessmentSubmittedException extends UserFacingException {

    public AssessmentSubmittedException() {
        super("assessment.completed");
    }
}
