package ru.rop.portal.webhooks;

import ru.rop.portal.common.UserFacingException;

/** The endpoint does not exist (any more): 404 in the API, a message in the UI. */
public class WebhookNotFoundException extends UserFacingException {

    WebhookNotFoundException(long id) {
        super("webhooks.not-found", id);
    }
}
