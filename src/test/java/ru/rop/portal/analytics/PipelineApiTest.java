package ru.rop.portal.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import ru.rop.portal.IntegrationTest;
import ru.rop.portal.TestData;
import ru.rop.portal.candidate.CandidateService;
import ru.rop.portal.candidate.Stage;
import ru.rop.portal.security.TestAccounts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The integrators' reading of the pipeline: the contract of /vacancies/{id}/candidates and /funnel. */
@IntegrationTest
class PipelineApiTest {

    private static final String KEY = "Bearer test-bootstrap-key-0123456789abcdef";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    CandidateService candidates;
    @Autowired
    TestAccounts accounts;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    private long vacancyWithHires(int hired, int fresh) {
        return accounts.asOwner(() -> {
            long vacancy = data.vacancy();
            for (int i = 0; i < hired; i++) {
                long id = data.candidate(vacancy, "Нанятый " + i);
                candidates.moveTo(id, Stage.OFFER, null);
                candidates.moveTo(id, Stage.HIRED, null);
            }
            for (int i = 0; i < fresh; i++) {
                data.candidate(vacancy, "Новый " + i);
            }
            return vacancy;
        });
    }

    private JsonNode json(String path) throws Exception {
        byte[] body = mvc.perform(get(path).header("Authorization", KEY))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andReturn().getResponse().getContentAsByteArray();
        return JsonMapper.builder().build().readTree(body);
    }

    @Test
    void candidatesOfAStagePageByPage() throws Exception {
        long vacancy = vacancyWithHires(3, 2);

        JsonNode first = json("/api/v1/vacancies/" + vacancy + "/candidates?stage=HIRED&page=0&size=2");
        assertThat(first.path("total").asLong()).isEqualTo(3);
        assertThat(first.path("items").size()).isEqualTo(2);
        JsonNode item = first.path("items").get(0);
        assertThat(item.path("stage").asString()).isEqualTo("HIRED");
        assertThat(item.path("fullName").asString()).isEqualTo("Нанятый 0");
        assertThat(item.has("id") && item.has("updatedAt")).isTrue();
        JsonNode second = json("/api/v1/vacancies/" + vacancy + "/candidates?stage=HIRED&page=1&size=2");
        assertThat(second.path("items").size()).isEqualTo(1);
        assertThat(second.path("items").get(0).path("fullName").asString()).isEqualTo("Нанятый 2");

        JsonNode all = json("/api/v1/vacancies/" + vacancy + "/candidates");
        assertThat(all.path("total").asLong()).isEqualTo(5);
        assertThat(all.path("items").size()).isEqualTo(5);
    }

    @Test
    void funnelCountsEachStage() throws Exception {
        long vacancy = vacancyWithHires(2, 1);

        JsonNode funnel = json("/api/v1/vacancies/" + vacancy + "/funnel");
        List<String> stages = new ArrayList<>();
        funnel.path("stages").forEach(s -> stages.add(s.path("stage").asString()));
        assertThat(stages).containsExactly("NEW", "ASSESSMENT_SENT", "ASSESSMENT_DONE", "INTERVIEW", "CASE",
                "FINALIST", "OFFER", "HIRED", "REJECTED");
        JsonNode newStage = funnel.path("stages").get(0);
        assertThat(newStage.path("count").asInt()).isEqualTo(3);
        assertThat(newStage.path("conversion").asDouble()).isEqualTo(2 / 3.0);
        assertThat(newStage.has("medianDays")).isTrue();
        assertThat(funnel.path("stages").get(7).path("count").asInt()).isEqualTo(2);
        assertThat(funnel.path("stages").get(7).path("medianDays").isNull()).isTrue();
    }

    @Test
    void badPagingAndUnknownStagesAre400AndUnknownVacancies404() throws Exception {
        long vacancy = vacancyWithHires(0, 1);
        String base = "/api/v1/vacancies/" + vacancy + "/candidates";
        for (String query : List.of("?size=0", "?size=101", "?page=-1", "?stage=HIRING", "?page=x")) {
            mvc.perform(get(base + query).header("Authorization", KEY))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        byte[] body = mvc.perform(get(base + "?size=101&page=-1").header("Authorization", KEY))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsByteArray();
        JsonNode problem = JsonMapper.builder().build().readTree(body);
        assertThat(problem.path("errors").size()).isEqualTo(2);
        for (String path : List.of("/api/v1/vacancies/" + Long.MAX_VALUE + "/candidates",
                "/api/v1/vacancies/" + Long.MAX_VALUE + "/funnel")) {
            mvc.perform(get(path).header("Authorization", KEY))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        mvc.perform(get(base)).andExpect(status().isUnauthorized());
    }
}
