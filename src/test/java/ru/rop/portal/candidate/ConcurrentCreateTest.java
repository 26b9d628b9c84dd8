package ru.rop.portal.candidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import ru.rop.portal.IntegrationTest;

/**
 * Thirty integrations post the same candidate (or vacancy) at the same moment: one is created, every other one hears
 * 409 with the existing record, none a 500. Runs on H2 here and on MariaDB in CI (SPRING_DATASOURCE_URL).
 */
@IntegrationTest
class ConcurrentCreateTest {

    private static final String KEY = "Bearer test-bootstrap-key-0123456789abcdef";
    private static final int CLIENTS = 30;
    private static final int ROUNDS = 4;

    @Autowired
    MockMvc mvc;

    @Test
    void theSameEmailFromThirtyClientsAtOnceIsOneCreatedAndTheRest409() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            long vacancy = vacancy("РОП, гонка " + UUID.randomUUID());
            String email = "race-" + UUID.randomUUID().toString().substring(0, 8) + "@example.ru";
            String body = "{\"vacancyId\": " + vacancy + ", \"fullName\": \"Гонка Кандидат\", \"email\": \""
                    + email + "\"}";
            List<MockHttpServletResponse> answers = atOnce("/api/v1/candidates", body);
            assertThat(statuses(answers)).as("round %d", round).isEqualTo(Map.of(201, 1, 409, CLIENTS - 1));
            long created = id(answers.stream().filter(a -> a.getStatus() == 201).findFirst().orElseThrow());
            for (MockHttpServletResponse conflict : answers) {
                if (conflict.getStatus() == 409) {
                    String json = conflict.getContentAsString();
                    assertThat(((Number) JsonPath.read(json, "$.existingCandidateId")).longValue()).isEqualTo(created);
                    assertThat((String) JsonPath.read(json, "$.errors[0].field")).isEqualTo("email");
                }
            }
        }
    }

    @Test
    void theSameVacancyTitleFromThirtyClientsAtOnceIsOneCreatedAndTheRest409() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String title = "РОП, одновременно " + UUID.randomUUID();
            List<MockHttpServletResponse> answers = atOnce("/api/v1/vacancies",
                    "{\"title\": \"" + title + "\", \"companyName\": \"ООО «Гонка»\"}");
            assertThat(statuses(answers)).as("round %d", round).isEqualTo(Map.of(201, 1, 409, CLIENTS - 1));
            long created = id(answers.stream().filter(a -> a.getStatus() == 201).findFirst().orElseThrow());
            for (MockHttpServletResponse conflict : answers) {
                if (conflict.getStatus() == 409) {
                    assertThat(((Number) JsonPath.read(conflict.getContentAsString(), "$.existingVacancyId"))
                            .longValue()).isEqualTo(created);
                }
            }
        }
    }

    private List<MockHttpServletResponse> atOnce(String path, String body) throws Exception {
        CyclicBarrier start = new CyclicBarrier(CLIENTS);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<MockHttpServletResponse>> calls = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                calls.add(pool.submit(() -> {
                    start.await();
                    return mvc.perform(post(path).header("Authorization", KEY)
                            .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
                }));
            }
            List<MockHttpServletResponse> answers = new ArrayList<>();
            for (Future<MockHttpServletResponse> call : calls) {
                answers.add(call.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<Integer, Integer> statuses(List<MockHttpServletResponse> answers) {
        Map<Integer, Integer> counts = new TreeMap<>();
        answers.forEach(answer -> counts.merge(answer.getStatus(), 1, Integer::sum));
        return counts;
    }

    private static long id(MockHttpServletResponse created) throws Exception {
        return ((Number) JsonPath.read(created.getContentAsString(), "$.id")).longValue();
    }

    private long vacancy(String title) throws Exception {
        String json = mvc.perform(post("/api/v1/vacancies").header("Authorization", KEY)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \"" + title + "\", \"companyName\": \"ООО «Гонка»\"}"))
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }
}
