package ru.rop.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import ru.rop.portal.IntegrationTest;

@IntegrationTest
class SignInTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    UserService users;
    @Autowired
    AppUserRepository userRepository;
    @Autowired
    SignInAuditRepository audit;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void anonymousVisitorIsSentToTheLoginPage() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/settings/users")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void rightPasswordSignsInAndIsAudited() throws Exception {
        var hr = accounts.create(Role.HR);
        mvc.perform(formLogin("/login").user(hr.email()).password(hr.password()))
                .andExpect(authenticated().withRoles(Roles.HR));
        assertThat(audit.findTop50ByEmailOrderByOccurredAtDesc(hr.email()))
                .extracting(SignInAudit::getOutcome).containsExactly(SignInAudit.Outcome.SUCCESS);
        assertThat(userRepository.findByEmail(hr.email()).orElseThrow().getLastSignInAt()).isNotNull();
    }

    @Test
    void ownerHoldsBothRoles() throws Exception {
        var owner = accounts.create(Role.OWNER);
        mvc.perform(formLogin("/login").user(owner.email()).password(owner.password()))
                .andExpect(authenticated().withRoles(Roles.OWNER, Roles.HR));
    }

    @Test
    void emailIsCaseInsensitive() throws Exception {
        var hr = accounts.create(Role.HR);
        mvc.perform(formLogin("/login").user("  " + hr.email().toUpperCase() + " ").password(hr.password()))
                .andExpect(authenticated());
    }

    @Test
    void fiveWrongPasswordsInARowLockTheAccountEvenForTheRightPassword() throws Exception {
        var hr = accounts.create(Role.HR);
        for (int attempt = 1; attempt <= 4; attempt++) {
            MvcResult result = mvc.perform(formLogin("/login").user(hr.email()).password("wrong-" + attempt))
                    .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error")).andReturn();
            assertThat(failure(result)).isInstanceOf(BadCredentialsException.class);
        }
        mvc.perform(formLogin("/login").user(hr.email()).password("wrong-5")).andExpect(unauthenticated());

        MvcResult locked = mvc.perform(formLogin("/login").user(hr.email()).password(hr.password()))
                .andExpect(unauthenticated()).andReturn();
        assertThat(failure(locked)).isInstanceOf(LockedException.class);
        assertThat(audit.findTop50ByEmailOrderByOccurredAtDesc(hr.email()))
                .extracting(SignInAudit::getOutcome)
                .startsWith(SignInAudit.Outcome.LOCKED, SignInAudit.Outcome.BAD_CREDENTIALS)
                .hasSize(6);

        long id = userRepository.findByEmail(hr.email()).orElseThrow().getId();
        accounts.asOwner(() -> {
            users.unlock(id);
            return null;
        });
        mvc.perform(formLogin("/login").user(hr.email()).password(hr.password())).andExpect(authenticated());
    }

    @Test
    void aSuccessfulSignInResetsTheFailureStreak() throws Exception {
        var hr = accounts.create(Role.HR);
        for (int attempt = 1; attempt <= 4; attempt++) {
            mvc.perform(formLogin("/login").user(hr.email()).password("wrong")).andExpect(unauthenticated());
        }
        mvc.perform(formLogin("/login").user(hr.email()).password(hr.password())).andExpect(authenticated());
        mvc.perform(formLogin("/login").user(hr.email()).password("wrong")).andExpect(unauthenticated());
        mvc.perform(formLogin("/login").user(hr.email()).password(hr.password())).andExpect(authenticated());
    }

    @Test
    void disabledAccountCannotSignIn() throws Exception {
        var hr = accounts.create(Role.HR);
        long id = userRepository.findByEmail(hr.email()).orElseThrow().getId();
        accounts.asOwner(() -> {
            users.disable(id);
            return null;
        });
        MvcResult result = mvc.perform(formLogin("/login").user(hr.email()).password(hr.password()))
                .andExpect(unauthenticated()).andReturn();
        assertThat(failure(result)).isInstanceOf(DisabledException.class);
    }

    @Test
    void unknownEmailIsRefusedLikeAWrongPassword() throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user("nobody@test.local").password("whatever-123"))
                .andExpect(unauthenticated()).andExpect(request().sessionAttribute(
                        WebAttributes.AUTHENTICATION_EXCEPTION, org.hamcrest.Matchers.notNullValue()))
                .andReturn();
        assertThat(failure(result)).isInstanceOf(BadCredentialsException.class);
    }

    private static Object failure(MvcResult result) {
        return result.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }
}
