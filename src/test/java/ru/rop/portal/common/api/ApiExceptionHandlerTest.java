package ru.rop.portal.common.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import ru.rop.portal.common.AppI18NProvider;

class ApiExceptionHandlerTest {

    private final ApiExceptionHandler handler = new ApiExceptionHandler(new AppI18NProvider());

    @Test
    void anUnexpectedErrorIs500WithoutInternals() {
        var response = handler.handleUnexpected(new IllegalStateException("secret table name"));
        ProblemDetail problem = (ProblemDetail) response.getBody();
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(problem.getTitle()).isEqualTo("Внутренняя ошибка");
        assertThat(problem.getDetail()).startsWith("Внутренняя ошибка сервера").doesNotContain("secret");
    }

    @Test
    void fieldErrorsComeAsAnErrorsArrayInRussian() {
        var response = handler.handleApiProblem(ApiProblemException.badRequest(
                List.of(new ApiProblemException.FieldError("email", "email.invalid"))));
        ProblemDetail problem = (ProblemDetail) response.getBody();
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(problem.getDetail()).isEqualTo("Запрос содержит ошибки в полях.");
        assertThat(problem.getProperties()).containsKey("errors");
        assertThat(problem.getProperties().get("errors").toString()).contains("email", "указан неверно");
    }
}
