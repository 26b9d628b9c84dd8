package ru.rop.portal.common.api;

import java.io.IOException;

/** Raised while reading a request body that turns out longer than the API allows (chunked uploads have no length). */
class BodyTooLargeException extends IOException {

    BodyTooLargeException(long limit) {
        super("Request body exceeds " + limit + " bytes");
    }
}
