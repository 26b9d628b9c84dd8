package ru.rop.portal.common.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import ru.rop.portal.ViewTest;
import ru.rop.portal.security.Role;

/** What a person or an integration sees when something fails: plain words and an incident number, no internals. */
@ExtendWith(OutputCaptureExtension.class)
class ErrorPagesTest extends ViewTest {

    private static final String API_KEY = "Bearer test-bootstrap-key-0123456789abcdef";
    /** What a stack trace or an exception name would leave in a page or a response. */
    private static final Pattern INTERNALS = Pattern.compile(
            "Exception|\\bat (java|ru|org|com)\\.|java\\.lang|org\\.springframework|tools\\.jackson|ru\\.rop");

    @Autowired
    MockMvc mvc;

    @Test
    void aPageThatFailsShowsAPoliteRussianPageWithAnIncidentNumberThatLeadsToTheLog(CapturedOutput output) {
        accounts.signIn(accounts.create(Role.HR).email());
        // A malformed vacancy number in the address makes the page's own code fail.
        navigate("vacancy/not-a-number/job-description", Component.class);

        assertThat(getCurrentView()).isInstanceOf(InternalErrorView.class);
        String text = ((InternalErrorView) getCurrentView()).getElement().getTextRecursively();
        assertThat(text).contains("Что-то пошло не так").doesNotContainPattern(INTERNALS)
                .doesNotContain("not-a-number");
        Matcher incident = Pattern.compile("номером ([0-9A-F]{8})").matcher(
                find(Paragraph.class).id("error-incident").getText());
        assertThat(incident.find()).isTrue();
        assertThat(output.getAll()).contains("Incident " + incident.group(1) + ": a page failed to open")
                .contains("NumberFormatException");
    }

    @Test
    void anUnknownAddressOrAForbiddenPageIsTheSameRussianNotFoundPage() {
        accounts.signIn(accounts.create(Role.HR).email());
        navigate("no/such/page", Component.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        String unknown = ((NotFoundView) getCurrentView()).getElement().getTextRecursively();
        assertThat(unknown).contains("Страница не найдена").doesNotContain("no/such/page")
                .doesNotContainPattern(INTERNALS);

        navigate("settings/users", Component.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat(((NotFoundView) getCurrentView()).getElement().getTextRecursively()).isEqualTo(unknown);
    }

    @Test
    void aCandidateWithAMistypedLinkGetsTheSameRussianPageWithoutSigningIn() {
        navigate("a/mistyped/link", Component.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat(((NotFoundView) getCurrentView()).getElement().getTextRecursively())
                .contains("Страница не найдена").doesNotContain("mistyped").doesNotContainPattern(INTERNALS);
    }

    @Test
    void aFailingButtonHandlerTellsThePersonInRussianAndLogsTheStackTraceUnderTheIncident(CapturedOutput output) {
        accounts.signIn(accounts.create(Role.HR).email());
        navigate("", Component.class);
        VaadinSession.getCurrent().getErrorHandler()
                .error(new ErrorEvent(new IllegalStateException("internal detail 42")));

        Notification notification = find(Notification.class).single();
        String shown = notification.getElement().getProperty("text", "")
                + notification.getElement().getTextRecursively();
        assertThat(shown).contains("Действие не выполнено").doesNotContain("internal detail 42")
                .doesNotContainPattern(INTERNALS);
        Matcher incident = Pattern.compile("номером ([0-9A-F]{8})").matcher(shown);
        assertThat(incident.find()).isTrue();
        assertThat(output.getAll()).contains("Incident " + incident.group(1) + ": an action on a page failed")
                .contains("internal detail 42");
    }

    @Test
    void apiErrorsAreProblemDetailsWithoutInternals() throws Exception {
        for (MockHttpServletRequestBuilder request : new MockHttpServletRequestBuilder[] {
                get("/api/v1/candidates/not-a-number"),
                get("/api/v1/vacancies/99999999999999999999999"),
                post("/api/v1/vacancies").contentType(MediaType.APPLICATION_JSON).content("{\"title\": [1, 2"),
                post("/api/v1/candidates").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"vacancyId\": \"x\", \"source\": \"NO_SUCH_SOURCE\"}"),
                post("/api/v1/classification").contentType(MediaType.TEXT_PLAIN).content("dimensions"),
                post("/api/v1/model"),
                get("/api/v1/candidates/0/report.pdf")}) {
            var response = mvc.perform(request.header(HttpHeaders.AUTHORIZATION, API_KEY)).andReturn().getResponse();
            assertThat(response.getStatus()).as(response.getContentAsString()).isBetween(400, 499);
            assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            assertThat(response.getContentAsString()).doesNotContainPattern(INTERNALS).doesNotContain("trace");
        }
    }
}
