package ru.rop.portal.outcomes;

import ru.rop.portal.common.UserFacingException;

/** No candidate with this id (any more): 404 in the API. */
public class UnknownCandidateException extends UserFacingException {

    UnknownCandidateException(long candidateId) {
        super("candidate.not-found", candidateId);
    }
}
