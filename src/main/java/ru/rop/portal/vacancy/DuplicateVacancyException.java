package ru.rop.portal.vacancy;

import ru.rop.portal.common.UserFacingException;

/** An open vacancy already has this title; carries it so the UI can link to it and the API can name it. */
public class DuplicateVacancyException extends UserFacingException {

    private final long existingId;

    DuplicateVacancyException(long existingId, String existingTitle) {
        super("vacancy.duplicate", existingTitle);
        this.existingId = existingId;
    }

    public long existingId() {
        return existingId;
    }

    public String existingTitle() {
        return (String) params()[0];
    }
}
