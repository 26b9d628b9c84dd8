package ru.rop.portal.report;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import ru.rop.portal.IntegrationTest;
import ru.rop.portal.TestData;
import ru.rop.portal.security.Role;
import ru.rop.portal.security.TestAccounts;

/** {@code GET /api/v1/candidates/{id}/profile} as API.md describes it. */
@IntegrationTest
class ProfileApiTest {

    private static final String KEY = "Bearer test-bootstrap-key-0123456789abcdef";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TestData data;
    @Autowired
    ProfileService profiles;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    private long candidate(boolean interviewed) {
        accounts.signIn(accounts.create(Role.OWNER).email());
        long id = data.candidate(data.vacancy(), "Олег Петров");
        if (interviewed) {
            data.interviewed(id, 5, "Сильный");
        }
        accounts.signOut();
        return id;
    }

    @Test
    void anInterviewedCandidateHasScoresATypeAndARecommendation() throws Exception {
        long id = candidate(true);
        mvc.perform(get("/api/v1/candidates/" + id + "/profile").header("Authorization", KEY))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.assessmentStatus").value("NOT_INVITED"))
                .andExpect(jsonPath("$.competencies", hasSize(11)))
                .andExpect(jsonPath("$.competencies[0].id").value("EXPERIENCE"))
                .andExpect(jsonPath("$.competencies[0].evidenceCount").isNumber())
                .andExpect(jsonPath("$.dimensions.MANAGES_THROUGH_TEAM").value(5.0))
                .andExpect(jsonPath("$.classification.type").value("CEO_DREAM"))
                .andExpect(jsonPath("$.classification.ranking", hasSize(8)))
                .andExpect(jsonPath("$.redFlags", hasSize(0)))
                .andExpect(jsonPath("$.recommendation").value("STRONG_YES"))
                .andExpect(jsonPath("$.recommendationSource").value("rules"))
                .andExpect(jsonPath("$.decision").value(nullValue()))
                .andExpect(jsonPath("$.rulesRecommendation").value("STRONG_YES"))
                .andExpect(jsonPath("$.rulesReasons[0]").value(startsWith("Средняя оценка не ниже 4")));
    }

    @Test
    void theOwnersOverrideStandsWithItsReasonAndTheRulesStillShow() throws Exception {
        long id = candidate(true);
        accounts.asOwner(() -> profiles.decide(id, Recommendation.NO, "Не готов к переезду"));
        mvc.perform(get("/api/v1/candidates/" + id + "/profile").header("Authorization", KEY))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.recommendation").value("NO"))
                .andExpect(jsonPath("$.recommendationSource").value("owner"))
                .andExpect(jsonPath("$.decision.reason").value("Не готов к переезду"))
                .andExpect(jsonPath("$.decision.decidedAt").isNotEmpty())
                .andExpect(jsonPath("$.rulesRecommendation").value("STRONG_YES"));
    }

    @Test
    void aCandidateWithoutEvidenceHasUnknownDimensionsAndNoType() throws Exception {
        long id = candidate(false);
        mvc.perform(get("/api/v1/candidates/" + id + "/profile").header("Authorization", KEY))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dimensions.RAPPORT").value(nullValue()))
                .andExpect(jsonPath("$.classification").value(nullValue()))
                .andExpect(jsonPath("$.competencies[0].score").value(nullValue()))
                .andExpect(jsonPath("$.recommendation").value("INSUFFICIENT"));
    }

    @Test
    void anUnknownCandidateIs404AndNoKeyIs401() throws Exception {
        mvc.perform(get("/api/v1/candidates/999999999/profile").header("Authorization", KEY))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Кандидат не найден (№ 999999999)."));
        mvc.perform(get("/api/v1/candidates/1/profile")).andExpect(status().isUnauthorized());
    }
}
