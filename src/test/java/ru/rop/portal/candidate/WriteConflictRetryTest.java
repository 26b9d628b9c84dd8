package ru.rop.portal.candidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.rop.portal.candidate.CandidateForms.aCandidate;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.mockito.stubbing.Answer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import ru.rop.portal.IntegrationTest;
import ru.rop.portal.security.Role;
import ru.rop.portal.security.TestAccounts;

/**
 * A Galera certification failure (MariaDB error 1213, "Deadlock found when trying to get lock", SQLState 40001;
 * Spring: CannotAcquireLockException) at the commit of a candidate write: retried in a fresh transaction, and if it
 * never stops, a 409 with a clear message, never a 500. The real race runs in ops/galera-check.sh.
 */
@IntegrationTest
class WriteConflictRetryTest {

    private static final String KEY = "Bearer test-bootstrap-key-0123456789abcdef";
    private static final CannotAcquireLockException CERTIFICATION_FAILURE = new CannotAcquireLockException(
            "Deadlock found when trying to get lock; try restarting transaction (1213, 40001)");

    @MockitoSpyBean
    CandidateRepository repository;
    @Autowired
    CandidateService candidates;
    @Autowired
    TestAccounts accounts;
    @Autowired
    MockMvc mvc;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void cleanUp() {
        reset(repository);
        accounts.signOut();
    }

    /** The first save fails as a Galera commit that lost certification; later ones reach the database. */
    private void failFirstSave() {
        Answer<?> real = Mockito.mockingDetails(repository).getMockCreationSettings().getDefaultAnswer();
        AtomicInteger calls = new AtomicInteger();
        doAnswer(invocation -> {
            if (calls.getAndIncrement() == 0) {
                throw CERTIFICATION_FAILURE;
            }
            return real.answer(invocation);
        }).when(repository).saveAndFlush(any());
    }

    private ResultActions post(String path, String body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(path).header("Authorization", KEY)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private long vacancy() throws Exception {
        String body = post("/api/v1/vacancies", "{\"title\": \"РОП, кластер " + run + "\", \"companyName\": \"X\"}")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    @Test
    void aCardSaveThatLosesCertificationIsRepeatedTransparently() throws Exception {
        long vacancy = vacancy();
        accounts.signIn(accounts.create(Role.HR).email());
        long id = candidates.create(aCandidate(vacancy).withCity("Казань").build()).id();
        CandidateForm form = candidates.form(id);
        failFirstSave();

        CandidateSummary saved = candidates.update(id, CandidateForms.editing(form).withCity("Самара").build());

        assertThat(saved.city()).isEqualTo("Самара");
        assertThat(candidates.find(id).orElseThrow().city()).isEqualTo("Самара");
    }

    @Test
    void anApiCreateThatLosesCertificationIsRepeatedAndEndsAsOneRow() throws Exception {
        long vacancy = vacancy();
        failFirstSave();
        String email = "once." + run + "@example.ru";
        post("/api/v1/candidates", "{\"vacancyId\":" + vacancy + ",\"fullName\":\"Один Раз\",\"email\":\"" + email
                + "\"}").andExpect(status().isCreated());
        reset(repository);
        // The same e-mail again is the usual duplicate refusal: the retried insert left exactly one row.
        post("/api/v1/candidates", "{\"vacancyId\":" + vacancy + ",\"fullName\":\"Один Раз\",\"email\":\"" + email
                + "\"}").andExpect(status().isConflict());
    }

    @Test
    void aConflictThatNeverEndsIsA409WithAClearMessageNotA500() throws Exception {
        long vacancy = vacancy();
        doThrow(CERTIFICATION_FAILURE).when(repository).saveAndFlush(any());
        post("/api/v1/candidates", "{\"vacancyId\":" + vacancy + ",\"fullName\":\"Никогда\",\"email\":\"never."
                + run + "@example.ru\"}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith(
                        "Эти же данные в тот же момент изменил другой запрос.")));
    }
}
