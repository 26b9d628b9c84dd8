package ru.rop.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import ru.rop.portal.IntegrationTest;

@IntegrationTest
class ApiAuthenticationTest {

    private static final String BOOTSTRAP_KEY = "test-bootstrap-key-0123456789abcdef";

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiKeyService apiKeys;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ApiKeyRepository repository;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void withoutAKeyTheApiAnswers401AsProblemJson() throws Exception {
        mvc.perform(get("/api/v1/model"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.title").value("Требуется аутентификация"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Authorization: Bearer")));
    }

    @Test
    void aWrongKeyIs401() throws Exception {
        mvc.perform(get("/api/v1/model").header("Authorization", "Bearer rop_not-a-real-key"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("API-ключ не принят: он неверен или отозван."));
        mvc.perform(get("/api/v1/model").header("Authorization", "Basic b3duZXI6cGFzcw=="))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aCreatedKeyWorksUntilRevokedThenIs401() throws Exception {
        accounts.signIn(TestAccounts.OWNER_EMAIL);
        IssuedApiKey issued = apiKeys.create("CRM Битрикс24");
        assertThat(issued.secret()).startsWith("rop_").hasSizeGreaterThan(40);
        ApiKey stored = repository.findById(issued.key().id()).orElseThrow();
        assertThat(stored.getKeyPrefix()).isEqualTo(issued.secret().substring(0, 12));

        mvc.perform(get("/api/v1/model").header("Authorization", "Bearer " + issued.secret()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dimensions.length()").value(12))
                .andExpect(jsonPath("$.types.length()").value(8));
        assertThat(repository.findById(issued.key().id()).orElseThrow().getLastUsedAt()).isNotNull();

        accounts.signIn(TestAccounts.OWNER_EMAIL); // the stateless API call cleared this thread's context
        apiKeys.revoke(issued.key().id());
        assertThat(apiKeys.list()).filteredOn(key -> key.id() == issued.key().id())
                .singleElement().satisfies(key -> assertThat(key.revoked()).isTrue());
        accounts.signOut();
        mvc.perform(get("/api/v1/model").header("Authorization", "Bearer " + issued.secret()))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("API-ключ не принят: он неверен или отозван."));
    }

    @Test
    void theBootstrapKeyFromTheEnvironmentWorks() throws Exception {
        mvc.perform(get("/api/v1/model").header("Authorization", "bearer " + BOOTSTRAP_KEY))
                .andExpect(status().isOk());
    }

    @Test
    void onlyOwnersManageKeys() {
        var hr = accounts.create(Role.HR);
        accounts.signIn(hr.email());
        assertThatThrownBy(() -> apiKeys.create("x")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> apiKeys.list()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> apiKeys.revoke(1)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anUnknownApiPathIs404ProblemJson() throws Exception {
        mvc.perform(get("/api/v1/no-such-thing").header("Authorization", "Bearer " + BOOTSTRAP_KEY))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Не найдено"));
    }

    @Test
    void aBodyOverOneMebibyteIs413() throws Exception {
        byte[] body = new byte[1024 * 1024 + 1];
        java.util.Arrays.fill(body, (byte) ' ');
        mvc.perform(post("/api/v1/model").header("Authorization", "Bearer " + BOOTSTRAP_KEY)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isContentTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Тело запроса больше 1 МиБ."));
    }

    @Test
    void theApiDescriptionIsOpenToAKey() throws Exception {
        mvc.perform(get("/v3/api-docs").header("Authorization", "Bearer " + BOOTSTRAP_KEY)).andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("РОП-портал API"))
                .andExpect(jsonPath("$.paths['/api/v1/model']").exists());
    }

    @Test
    void healthReportsTheDatabase() throws Exception {
        mvc.perform(get("/actuator/health").with(SecurityMockMvcRequestPostProcessors.user("owner@test.local")
                        .roles(Roles.OWNER, Roles.HR))).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.db.status").value("UP"));
    }
}
