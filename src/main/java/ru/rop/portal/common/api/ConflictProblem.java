package ru.rop.portal.common.api;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import ru.rop.portal.common.AppI18NProvider;
import ru.rop.portal.common.UserFacingException;

/** The one 409 shape of the API for "this already exists": a Russian detail and the id of what exists. */
public final class ConflictProblem {

    private ConflictProblem() {
    }

    /**
     * @param existingProperty the problem property that names the existing record, e.g. {@code existingCandidateId}
     * @param field the request field that collided, or {@code null} when the whole record did
     */
    public static ResponseEntity<ProblemDetail> of(AppI18NProvider i18n, UserFacingException duplicate,
                                                   String existingProperty, long existingId, String field) {
        String detail = i18n.russian(duplicate.messageKey(), duplicate.params());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
        problem.setTitle(i18n.russian("api.problem.title.409"));
        problem.setProperty(existingProperty, existingId);
        if (field != null) {
            problem.setProperty("errors", List.of(Map.of("field", field, "message", detail)));
        }
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }
}
