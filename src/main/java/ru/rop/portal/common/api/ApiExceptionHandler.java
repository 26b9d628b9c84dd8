package ru.rop.portal.common.api;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.Map;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import ru.rop.portal.common.AppI18NProvider;
import ru.rop.portal.common.DatabaseFailures;
import ru.rop.portal.common.UserFacingException;

/**
 * Every /api/v1 error as RFC 9457 problem+json with a Russian detail; never a stack trace, never a 500 for bad input.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final AppI18NProvider i18n;

    ApiExceptionHandler(AppI18NProvider i18n) {
        this.i18n = i18n;
    }

    @ExceptionHandler(ApiProblemException.class)
    ResponseEntity<Object> handleApiProblem(ApiProblemException e) {
        ProblemDetail problem = problem(e.status(), i18n.russian(e.messageKey(), e.params()));
        if (!e.fieldErrors().isEmpty()) {
            problem.setProperty("errors", e.fieldErrors().stream()
                    .map(error -> Map.of("field", error.field(), "message", i18n.russian(error.messageKey())))
                    .toList());
        }
        return ResponseEntity.status(e.status()).body(problem);
    }

    /**
     * The same rows written at the same moment elsewhere (a Galera certification failure or a deadlock) even after
     * the service's retries: the client repeats the call on the current data.
     */
    @ExceptionHandler(ConcurrencyFailureException.class)
    ResponseEntity<Object> handleWriteConflict(ConcurrencyFailureException e) {
        log.warn("API write refused after repeated write conflicts: {}", e.toString());
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(problem(HttpStatus.CONFLICT, i18n.russian("api.problem.write-conflict")));
    }

    /** A defect, not bad input: logged with its stack trace here, answered without one. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> handleUnexpected(Exception e) {
        if (DatabaseFailures.unavailable(e)) {
            // Not a defect: the database cannot serve now (closed, out of disk, unreachable); the client retries.
            log.warn("API call refused while the database is unavailable: {}", e.toString());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, DatabaseFailures.RETRY_AFTER_SECONDS)
                    .body(problem(HttpStatus.SERVICE_UNAVAILABLE, i18n.russian("api.problem.unavailable")));
        }
        log.error("Unexpected error in an API call", e);
        return ResponseEntity.internalServerError()
                .body(problem(HttpStatus.INTERNAL_SERVER_ERROR, i18n.russian("api.problem.internal")));
    }

    @ExceptionHandler(UserFacingException.class)
    ResponseEntity<Object> handleUserFacing(UserFacingException e) {
        String message = i18n.russian(e.messageKey(), e.params());
        if (e.field() == null) {
            return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, message));
        }
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, i18n.russian("api.problem.validation"));
        problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", message)));
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, i18n.russian("api.problem.validation"));
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(),
                        "message", error.getDefaultMessage() == null ? "" : error.getDefaultMessage()))
                .toList();
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (causedBy(e, BodyTooLargeException.class)) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                    .body(problem(HttpStatus.CONTENT_TOO_LARGE, i18n.russian("api.problem.too-large")));
        }
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, i18n.russian("api.problem.unreadable")));
    }

    /** Framework errors (405, 406, 415...) keep their status and get a Russian title and detail. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail problem && problem.getProperties() == null) {
            String detail = i18n.russian("api.problem.detail." + status.value());
            problem.setTitle(i18n.russian("api.problem.title." + status.value()));
            if (!detail.startsWith("!")) {
                problem.setDetail(detail);
            }
        }
        return super.handleExceptionInternal(e, body, headers, status, request);
    }

    private ProblemDetail problem(HttpStatusCode status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        String title = i18n.russian("api.problem.title." + status.value());
        problem.setTitle(title.startsWith("!") ? null : title);
        return problem;
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
