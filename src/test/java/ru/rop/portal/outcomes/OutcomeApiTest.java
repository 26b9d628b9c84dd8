package ru.rop.portal.outcomes;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import ru.rop.portal.IntegrationTest;
import ru.rop.portal.TestClock;
import ru.rop.portal.TestData;
import ru.rop.portal.candidate.CandidateService;
import ru.rop.portal.candidate.Stage;
import ru.rop.portal.security.Role;
import ru.rop.portal.security.TestAccounts;

/** {@code POST/GET /api/v1/candidates/{id}/outcomes} and {@code GET /api/v1/validity} as issue 15 writes them. */
@IntegrationTest
class OutcomeApiTest {

    private static final String KEY = "Bearer test-bootstrap-key-0123456789abcdef";
    private static final String VALID = """
            {"month": 3, "planAttainmentPct": 104.5, "teamTurnoverPct": 12, "conversionChangePct": -3,
             "stillEmployed": true, "ownerRating": 4, "note": "Навёл порядок в CRM"}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TestData data;
    @Autowired
    CandidateService candidates;
    @Autowired
    OutcomeService outcomes;
    @Autowired
    TestClock clock;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    private long candidate(boolean hired) {
        accounts.signIn(accounts.create(Role.OWNER).email());
        long id = data.candidate(data.vacancy(), "Олег Итогов");
        data.interviewed(id, 4, "Сильный");
        candidates.moveTo(id, Stage.OFFER, null);
        if (hired) {
            candidates.moveTo(id, Stage.HIRED, null);
            outcomes.changeStartDate(id, LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusMonths(7));
        }
        accounts.signOut();
        return id;
    }

    private ResultActions post(long id, String body) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/v1/candidates/" + id + "/outcomes").header("Authorization", KEY)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void anOutcomeIsRecordedOnceAndListed() throws Exception {
        long id = candidate(true);
        post(id, VALID).andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/candidates/" + id + "/outcomes"))
                .andExpect(jsonPath("$.month").value(3))
                .andExpect(jsonPath("$.planAttainmentPct").value(104.5))
                .andExpect(jsonPath("$.recordedBy").isNotEmpty());
        post(id, VALID).andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(startsWith("Итоги за 3 мес. уже записаны")));
        post(id, VALID.replace("\"month\": 3", "\"month\": 6").replace("\"ownerRating\": 4", "\"ownerRating\": 5"))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/candidates/" + id + "/outcomes").header("Authorization", KEY))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].month").value(3))
                .andExpect(jsonPath("$[0].teamTurnoverPct").value(12.0))
                .andExpect(jsonPath("$[0].conversionChangePct").value(-3.0))
                .andExpect(jsonPath("$[0].stillEmployed").value(true))
                .andExpect(jsonPath("$[0].note").value("Навёл порядок в CRM"))
                .andExpect(jsonPath("$[1].month").value(6))
                .andExpect(jsonPath("$[1].ownerRating").value(5));
    }

    @Test
    void anythingOutsideTheLimitsIsA400NamingTheFieldAndChangesNothing() throws Exception {
        long id = candidate(true);
        String[][] wrong = {
                {"\"month\": 3", "\"month\": 4", "month"},
                {"\"planAttainmentPct\": 104.5", "\"planAttainmentPct\": 501", "planAttainmentPct"},
                {"\"planAttainmentPct\": 104.5", "\"planAttainmentPct\": -1", "planAttainmentPct"},
                {"\"teamTurnoverPct\": 12", "\"teamTurnoverPct\": 100.1", "teamTurnoverPct"},
                {"\"conversionChangePct\": -3", "\"conversionChangePct\": -101", "conversionChangePct"},
                {"\"conversionChangePct\": -3", "\"conversionChangePct\": 501", "conversionChangePct"},
                {"\"ownerRating\": 4", "\"ownerRating\": 0", "ownerRating"},
                {"\"ownerRating\": 4", "\"ownerRating\": 6", "ownerRating"},
                {"\"stillEmployed\": true", "\"stillEmployed\": null", "stillEmployed"},
                {"\"month\": 3", "\"month\": 12", "month"}};
        for (String[] change : wrong) {
            post(id, VALID.replace(change[0], change[1])).andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value(change[2]));
        }
        post(id, "{\"month\": \"three\"}").andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/candidates/" + id + "/outcomes").header("Authorization", KEY))
                .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void aCandidateWhoWasNotHiredIsA400AndAnUnknownOneA404() throws Exception {
        long id = candidate(false);
        post(id, VALID).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Итоги записываются только для нанятых кандидатов."));
        post(987_654_321L, VALID).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/candidates/987654321/outcomes").header("Authorization", KEY))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/candidates/" + id + "/outcomes")).andExpect(status().isUnauthorized());
    }

    @Test
    void validityAnswersInTheIssuesShape() throws Exception {
        candidate(true);
        mvc.perform(get("/api/v1/validity").header("Authorization", KEY))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hires").isNumber())
                .andExpect(jsonPath("$.enough").isBoolean())
                .andExpect(jsonPath("$.predictors[0].id").value("mean"))
                .andExpect(jsonPath("$.predictors[0].label").value("Средний балл компетенций"))
                .andExpect(jsonPath("$.predictors[0].n").isNumber())
                .andExpect(jsonPath("$.predictors[0].outcome").value("planAttainmentPct"))
                .andExpect(jsonPath("$.predictors[?(@.outcome == 'ownerRating')]").isNotEmpty())
                .andExpect(jsonPath("$.predictors[?(@.id == 'competency:EXPERIENCE')]").isNotEmpty())
                .andExpect(jsonPath("$.byType").isArray());
    }
}
