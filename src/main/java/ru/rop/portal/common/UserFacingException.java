package ru.rop.portal.common;

import java.util.Arrays;

/**
 * A request a person made that the product refuses (bad input, a rule): carries an i18n key so a view shows it
 * in the user's language and the API in Russian. Nothing was changed when it is thrown.
 */
public class UserFacingException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] params;
    private final String field;

    public UserFacingException(String messageKey, Object... params) {
        this(null, messageKey, params);
    }

    private UserFacingException(String field, String messageKey, Object... params) {
        super((field == null ? "" : field + ": ") + messageKey + Arrays.toString(params));
        this.field = field;
        this.messageKey = messageKey;
        this.params = params;
    }

    /** A refusal caused by one input field, so forms and the API can point at it. */
    public static UserFacingException forField(String field, String messageKey, Object... params) {
        return new UserFacingException(field, messageKey, params);
    }

    /** The input field at fault, or {@code null} when the refusal is about the request as a whole. */
    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] params() {
        return params.clone();
    }
}
