package ru.rop.portal.security;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import ru.rop.portal.IntegrationTest;

/** Every page says what it may load, that it must not be framed or sniffed, and how much of its address to tell. */
@IntegrationTest
class SecurityHeadersTest {

    @Autowired
    MockMvc mvc;

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        // A page of the people's chain that MockMvc can serve without the Vaadin servlet.
        String policy = mvc.perform(get("/actuator/health"))
                .andExpect(header().string("Content-Security-Policy", Matchers.matchesPattern(
                        "default-src 'self'; script-src 'self' 'nonce-[A-Za-z0-9+/]{24}' 'unsafe-eval'; "
                                + "style-src 'self' 'unsafe-inline'; .*")))
                .andExpect(header().string("Content-Security-Policy", Matchers.containsString(
                        "frame-ancestors 'none'")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andReturn().getResponse().getHeader("Content-Security-Policy");
        // A nonce is good for one response only, or an attacker could copy it into injected markup.
        mvc.perform(get("/actuator/health")).andExpect(header().string("Content-Security-Policy",
                Matchers.not(policy)));
    }
}
