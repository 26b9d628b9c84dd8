package ru.rop.portal.common;

import java.util.Arrays;

/**
 * A request a person made that the product refuses (bad input, a rule): carries an i18n key so a view shows it
 * in the user's language and the API in Russian. Nothing was changed when it is thrown.
 */
public class UserFacingException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] params;

    public UserFacingException(String messageKey, Object... params) {
        super(messageKey + Arrays.toString(params));
        this.messageKey = messageKey;
        this.params = params;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] params() {
        return params.clone();
    }
}
