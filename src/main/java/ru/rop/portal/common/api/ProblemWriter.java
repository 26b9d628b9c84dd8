package ru.rop.portal.common.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import ru.rop.portal.common.AppI18NProvider;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes RFC 9457 problem+json from servlet filters (authentication, body limit), where Spring MVC's exception
 * handling does not reach, so an integrator sees one error shape everywhere.
 */
@Component
public class ProblemWriter {

    private final JsonMapper json;
    private final AppI18NProvider i18n;

    ProblemWriter(JsonMapper json, AppI18NProvider i18n) {
        this.json = json;
        this.i18n = i18n;
    }

    public void write(HttpServletResponse response, HttpStatus status, String detailKey, String instance)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, i18n.russian(detailKey));
        problem.setTitle(i18n.russian("api.problem.title." + status.value()));
        if (instance != null) {
            problem.setInstance(URI.create(instance));
        }
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(response.getOutputStream(), problem);
    }
}
