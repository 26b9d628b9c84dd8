package ru.rop.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import ru.rop.portal.IntegrationTest;

/**
 * Issue 17, point 11: the API description and Swagger UI only for staff and API keys, and switchable off; health's
 * status for anyone (load balancers, ops/*.sh), its parts (database, disk) only for owners.
 */
@IntegrationTest
class ApiDocsAccessTest {

    private static final String KEY = "Bearer test-bootstrap-key-0123456789abcdef";

    @Autowired
    MockMvc mvc;

    @Test
    void nobodyAnonymousReadsTheApiDescription() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/v3/api-docs").header("Authorization", "Bearer rop_not-a-real-key"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/v3/api-docs/swagger-config")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/swagger-ui/index.html").accept(MediaType.TEXT_HTML))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/api/docs").accept(MediaType.TEXT_HTML))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void staffAndKeysReadIt() throws Exception {
        mvc.perform(get("/v3/api-docs").header("Authorization", KEY)).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/model']").exists());
        mvc.perform(get("/v3/api-docs").with(user("hr@test.local").roles(Roles.HR))).andExpect(status().isOk());
        mvc.perform(get("/api/swagger-ui/index.html").with(user("hr@test.local").roles(Roles.HR)))
                .andExpect(status().isOk());
    }

    @Test
    void healthTellsAnyoneItsStatusButOnlyOwnersItsParts() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components").doesNotExist())
                .andExpect(jsonPath("$.details").doesNotExist());
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components").doesNotExist());
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health").header("Authorization", KEY))
                .andExpect(jsonPath("$.components").doesNotExist());
        mvc.perform(get("/actuator/health").with(user("hr@test.local").roles(Roles.HR)))
                .andExpect(jsonPath("$.components").doesNotExist());
        mvc.perform(get("/actuator/health").with(user("owner@test.local").roles(Roles.OWNER, Roles.HR)))
                .andExpect(jsonPath("$.components.db.status").value("UP"))
                .andExpect(jsonPath("$.components.db.details.database").exists());
    }

    @Nested
    @TestPropertySource(properties = "rop.api-docs.enabled=false")
    class SwitchedOff {

        @Autowired
        @Qualifier("requestMappingHandlerMapping")
        RequestMappingHandlerMapping mappings;

        @Test
        void theApiDescriptionIsNotThereEvenForAKey() {
            // Without springdoc's handlers the address falls through to Vaadin's "not found" page.
            assertThat(mappings.getHandlerMethods().keySet()).flatMap(RequestMappingInfo::getPatternValues)
                    .isNotEmpty()
                    .noneMatch(path -> path.startsWith("/v3/api-docs") || path.startsWith("/api/docs")
                            || path.startsWith("/api/swagger-ui"));
        }
    }
}
