package ru.rop.portal.scheduling;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import ru.rop.portal.IntegrationTest;
import ru.rop.portal.TestData;
import ru.rop.portal.security.Role;
import ru.rop.portal.security.TestAccounts;

/** The meetings API's contract: 201 with the calendar's address, text/calendar, cancel, and problem+json errors. */
@IntegrationTest
class MeetingApiTest {

    private static final String KEY = "Bearer test-bootstrap-key-0123456789abcdef";
    private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TestData data;

    private long candidate;
    private String interviewer;
    private OffsetDateTime start;

    @BeforeEach
    void setUp() {
        interviewer = accounts.create(Role.HR).email();
        accounts.signIn(TestAccounts.OWNER_EMAIL);
        candidate = data.candidate(data.vacancy(), "Анна Кузнецова");
        accounts.signOut();
        start = OffsetDateTime.now(ZoneOffset.ofHours(3)).truncatedTo(ChronoUnit.HOURS)
                .plusDays(5 + ThreadLocalRandom.current().nextInt(300));
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    private ResultActions propose(long candidateId, String body) throws Exception {
        return mvc.perform(post("/api/v1/candidates/" + candidateId + "/meetings").header("Authorization", KEY)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private String body(OffsetDateTime at, int minutes, String email, String place, String link) {
        return "{\"start\": \"" + at + "\", \"durationMinutes\": " + minutes + ", \"interviewerEmails\": [\""
                + email + "\"], \"place\": " + quoted(place) + ", \"videoLink\": " + quoted(link) + "}";
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }

    @Test
    void aMeetingIsCreatedServedAsICalendarAndCancelled() throws Exception {
        String created = propose(candidate, body(start, 60, interviewer, null, "https://meet.example.ru/api"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/meetings/")))
                .andExpect(jsonPath("$.state").value("PROPOSED"))
                .andExpect(jsonPath("$.durationMinutes").value(60))
                .andExpect(jsonPath("$.sequence").value(0))
                .andExpect(jsonPath("$.interviewerEmails[0]").value(interviewer))
                .andExpect(jsonPath("$.candidateUrl").value(containsString("/m/")))
                .andExpect(jsonPath("$.emailSent").value(false))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        String icsUrl = JsonPath.read(created, "$.icsUrl");

        mvc.perform(get(icsUrl).header("Authorization", KEY)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("text/calendar")))
                .andExpect(content().string(containsString("METHOD:REQUEST")))
                .andExpect(content().string(containsString("SEQUENCE:0")));
        mvc.perform(delete("/api/v1/meetings/" + id).header("Authorization", KEY)).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("CANCELLED"))
                .andExpect(jsonPath("$.sequence").value(1));
        mvc.perform(get(icsUrl).header("Authorization", KEY))
                .andExpect(content().string(containsString("METHOD:CANCEL")))
                .andExpect(content().string(containsString("SEQUENCE:1")));
        mvc.perform(get("/api/v1/meetings/" + id).header("Authorization", KEY))
                .andExpect(jsonPath("$.state").value("CANCELLED"));
    }

    @Test
    void badRequestsAre400WithTheFieldAndNothingIsCreated() throws Exception {
        propose(candidate, body(OffsetDateTime.now().minusHours(1), 60, interviewer, null, "https://m.example.ru/x"))
                .andExpect(status().isBadRequest()).andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.errors[0].field").value("start"))
                .andExpect(jsonPath("$.errors[0].message").value(startsWith("Время встречи уже прошло")));
        propose(candidate, body(start, 60, "nobody@example.ru", null, "https://m.example.ru/x"))
                .andExpect(status().isBadRequest()).andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.errors[0].field").value("interviewerEmails"));
        propose(candidate, body(start, 60, interviewer, null, "http://m.example.ru/x"))
                .andExpect(status().isBadRequest()).andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.errors[0].field").value("videoLink"));
        propose(candidate, body(start, 241, interviewer, "Офис", null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("durationMinutes"));
        propose(candidate, "{\"start\": \"tomorrow\"}").andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
        // Nothing was created: the first valid proposal is accepted.
        propose(candidate, body(start, 45, interviewer, "Москва, Тверская, 1", null))
                .andExpect(status().isCreated());
    }

    @Test
    void anOverlapIs409AndUnknownRecordsAre404() throws Exception {
        String first = propose(candidate, body(start, 90, interviewer, "Офис", null))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(first, "$.id")).longValue();
        accounts.signIn(TestAccounts.OWNER_EMAIL);
        long other = data.candidate(data.vacancy(), "Игорь Лебедев");
        accounts.signOut();

        propose(other, body(start.plus(Duration.ofMinutes(60)), 60, interviewer, "Офис", null))
                .andExpect(status().isConflict()).andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.existingMeetingId").value(id))
                .andExpect(jsonPath("$.detail").value(startsWith("У интервьюера Тестовый HR в это время уже есть")))
                .andExpect(jsonPath("$.errors[0].field").value("interviewerEmails"));
        propose(Long.MAX_VALUE, body(start, 60, interviewer, "Офис", null)).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
        mvc.perform(get("/api/v1/meetings/" + Long.MAX_VALUE + ".ics").header("Authorization", KEY))
                .andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/meetings/" + Long.MAX_VALUE).header("Authorization", KEY))
                .andExpect(status().isNotFound()).andExpect(content().contentTypeCompatibleWith(PROBLEM));
        mvc.perform(get("/api/v1/meetings/" + id + ".ics")).andExpect(status().isUnauthorized());
    }
}
