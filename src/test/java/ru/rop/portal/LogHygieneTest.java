package ru.rop.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import ru.rop.portal.security.Role;

/**
 * Issue 9: the log holds no personal data and no secrets. A realistic flow runs at the default log levels: an
 * integration adds a candidate with name, e-mail and phone and invites them, the candidate opens the link, someone
 * guesses links, a sign-in fails with the candidate's e-mail, a page fails; none of it may reach the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class LogHygieneTest extends ViewTest {

    private static final String API_KEY = "Bearer test-bootstrap-key-0123456789abcdef";
    private static final String NAME = "Секретова Алиса Петровна";
    private static final String EMAIL = "alisa.sekretova@mail.test";
    private static final String PHONE = "+7 915 123-45-67";
    private static final String WRONG_PASSWORD = "Wrong-Secret-Password-77";

    @Autowired
    MockMvc mvc;

    @Test
    void aRealisticFlowLeavesNoNameEmailPhoneTokenOrPasswordInTheLog(CapturedOutput output) throws Exception {
        String vacancy = api(post("/api/v1/vacancies"), "{\"title\": \"РОП в логах\", \"companyName\": \"ООО «Лог»\"}");
        long vacancyId = ((Number) JsonPath.read(vacancy, "$.id")).longValue();
        String candidate = api(post("/api/v1/candidates"), "{\"vacancyId\": " + vacancyId + ", \"fullName\": \""
                + NAME + "\", \"email\": \"" + EMAIL + "\", \"phone\": \"" + PHONE + "\"}");
        long candidateId = ((Number) JsonPath.read(candidate, "$.id")).longValue();
        String invitation = api(post("/api/v1/candidates/" + candidateId + "/invitations"), "{}");
        String url = JsonPath.read(invitation, "$.url");
        String token = url.substring(url.lastIndexOf("/a/") + 3);
        api(get("/api/v1/candidates/" + candidateId + "/report.pdf"), null);

        navigate("a/" + token, Component.class);
        test(find(Button.class).id("assessment-start")).click();
        assertThat(find(Div.class).id("assessment-consent").getElement().getTextRecursively()).contains(NAME);
        navigate("a/" + new StringBuilder(token).reverse(), Component.class);
        assertThat(find(Div.class).id("assessment-invalid").isVisible()).isTrue();

        mvc.perform(formLogin("/login").user(EMAIL).password(WRONG_PASSWORD)).andExpect(unauthenticated());
        var hr = accounts.create(Role.HR);
        mvc.perform(formLogin("/login").user(hr.email()).password(WRONG_PASSWORD)).andExpect(unauthenticated());
        accounts.signIn(hr.email());
        navigate("vacancy/not-a-number/job-description", Component.class);

        String log = output.getAll();
        // The capture works: the failed page is in it, under its incident number.
        assertThat(log).contains("Incident ");
        assertThat(log).doesNotContain(NAME).doesNotContain("Секретова").doesNotContain("Алиса")
                .doesNotContainIgnoringCase(EMAIL).doesNotContainIgnoringCase("alisa.sekretova")
                .doesNotContain(PHONE).doesNotContain("9151234567").doesNotContain("915 123")
                .doesNotContain(token).doesNotContain(WRONG_PASSWORD)
                .doesNotContainIgnoringCase(hr.email()).doesNotContain(hr.password());
    }

    private String api(MockHttpServletRequestBuilder request, String json) throws Exception {
        request.header(HttpHeaders.AUTHORIZATION, API_KEY);
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isBetween(200, 299);
        return response.getContentAsString();
    }
}
