package ru.rop.portal.candidate;

import ru.rop.portal.common.UserFacingException;

/** The candidate does not exist (any more): 404 in the API, a message in the UI. */
public class CandidateNotFoundException extends UserFacingException {

    CandidateNotFoundException(long id) {
        super("candidate.not-found", id);
    }
}
