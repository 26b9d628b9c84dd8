package ru.rop.portal.candidate;

import ru.rop.portal.common.UserFacingException;

/** The same e-mail or phone is already in this vacancy; carries the existing candidate so the UI can open it. */
public class DuplicateCandidateException extends UserFacingException {

    private final long existingId;
    private final String duplicatedField;

    DuplicateCandidateException(String field, String messageKey, long existingId, String existingName) {
        super(messageKey, existingName);
        this.existingId = existingId;
        this.duplicatedField = field;
    }

    public long existingId() {
        return existingId;
    }

    public String duplicatedField() {
        return duplicatedField;
    }
}
