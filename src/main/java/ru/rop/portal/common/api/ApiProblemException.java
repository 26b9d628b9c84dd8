package ru.rop.portal.common.api;

import java.util.List;
import org.springframework.http.HttpStatus;

/** Thrown by API controllers for a 4xx answer: status, an i18n key for the Russian detail, optional field errors. */
public class ApiProblemException extends RuntimeException {

    public record FieldError(String field, String messageKey) {
    }

    private final HttpStatus status;
    private final String messageKey;
    private final transient Object[] params;
    private final List<FieldError> fieldErrors;

    public ApiProblemException(HttpStatus status, String messageKey, List<FieldError> fieldErrors, Object... params) {
        super(status + " " + messageKey);
        this.status = status;
        this.messageKey = messageKey;
        this.params = params;
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public static ApiProblemException notFound(String messageKey, Object... params) {
        return new ApiProblemException(HttpStatus.NOT_FOUND, messageKey, List.of(), params);
    }

    public static ApiProblemException badRequest(List<FieldError> fieldErrors) {
        return new ApiProblemException(HttpStatus.BAD_REQUEST, "api.problem.validation", fieldErrors);
    }

    public HttpStatus status() {
        return status;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] params() {
        return params.clone();
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }
}
