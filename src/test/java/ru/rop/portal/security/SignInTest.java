package ru.rop.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.springframework.http.HttpHeaders;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.RequestBuilder;
import ru.rop.portal.IntegrationTest;
import ru.rop.portal.TestClock;

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
    @Autowired
    TestClock clock;

    // Failing tests each use addresses of their own: the throttle counts failures per address for the whole context.
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @AfterEach
    void signOut() {
        accounts.signOut();
        clock.reset();
    }

    /** A client address no other test used (from the documentation range 198.51.100.0/24 and on). */
    private static String freshAddress() {
        int n = ADDRESSES.getAndIncrement();
        return "198.51." + (100 + n / 250) + "." + (1 + n % 250);
    }

    /** The login form posted from the given client address (with its CSRF token, as the real form sends it). */
    private static RequestBuilder signIn(String email, String password, String address) {
        return servletContext -> {
            MockHttpServletRequest request = formLogin("/login").user(email).password(password)
                    .buildRequest(servletContext);
            request.setRemoteAddr(address);
            return request;
        };
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
    void anotherSiteCannotPostTheLoginFormForTheBrowser() throws Exception {
        var hr = accounts.create(Role.HR);
        // Login CSRF: a page elsewhere posts the attacker's (here: a real) account so the victim works in it.
        mvc.perform(post("/login").param("username", hr.email()).param("password", hr.password())
                        .header(HttpHeaders.ORIGIN, "https://evil.example"))
                .andExpect(status().isForbidden()).andExpect(unauthenticated());
        mvc.perform(post("/login").param("username", hr.email()).param("password", hr.password())
                        .param("_csrf", "forged-token"))
                .andExpect(status().isForbidden()).andExpect(unauthenticated());
        assertThat(audit.findTop50ByEmailOrderByOccurredAtDesc(hr.email())).isEmpty();
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
    void fiveWrongPasswordsInARowLockTheAccountEvenForTheRightPasswordFromTheGuessingAddress() throws Exception {
        var hr = accounts.create(Role.HR);
        String guesser = freshAddress();
        for (int attempt = 1; attempt <= 4; attempt++) {
            MvcResult result = mvc.perform(signIn(hr.email(), "wrong-" + attempt, guesser))
                    .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error")).andReturn();
            assertThat(failure(result)).isInstanceOf(BadCredentialsException.class);
        }
        mvc.perform(signIn(hr.email(), "wrong-5", guesser))
                .andExpect(unauthenticated());

        MvcResult locked = mvc.perform(signIn(hr.email(), hr.password(), guesser))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error")).andReturn();
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
        mvc.perform(signIn(hr.email(), hr.password(), guesser))
                .andExpect(authenticated());
    }

    @Test
    void whoeverLockedAnAccountCannotKeepItsOwnerOut() throws Exception {
        var owner = accounts.create(Role.OWNER);
        String attacker = freshAddress();
        for (int attempt = 1; attempt <= 5; attempt++) {
            mvc.perform(signIn(owner.email(), "guess-" + attempt, attacker))
                    .andExpect(unauthenticated());
        }
        assertThat(userRepository.findByEmail(owner.email()).orElseThrow().getLockedUntil()).isNotNull();
        // The right password from the attacker's address stays refused, from the owner's own address it works.
        mvc.perform(signIn(owner.email(), owner.password(), attacker))
                .andExpect(unauthenticated());
        mvc.perform(signIn(owner.email(), owner.password(), freshAddress()))
                .andExpect(authenticated());
    }

    @Test
    void anAddressWithTooManyFailuresWaitsLongerAfterEachAndIsNotEvenChecked() throws Exception {
        var hr = accounts.create(Role.HR);
        String guesser = freshAddress();
        // Ten different unknown accounts: no account lock is involved, only the address.
        for (int attempt = 1; attempt <= 10; attempt++) {
            mvc.perform(signIn("nobody-" + attempt + "@test.local", "guess-" + attempt, guesser))
                    .andExpect(unauthenticated());
        }
        MvcResult throttled = mvc.perform(signIn(hr.email(), hr.password(), guesser))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error")).andReturn();
        assertThat(failure(throttled)).isInstanceOf(ThrottledSignIn.ThrottledException.class);
        assertThat(audit.findTop50ByEmailOrderByOccurredAtDesc(hr.email())).extracting(SignInAudit::getOutcome)
                .containsExactly(SignInAudit.Outcome.THROTTLED);
        mvc.perform(signIn(hr.email(), hr.password(), freshAddress()))
                .andExpect(authenticated());

        clock.advance(Duration.ofSeconds(2)); // the first wait is one second
        mvc.perform(signIn("nobody-11@test.local", "guess-11", guesser))
                .andExpect(unauthenticated());
        clock.advance(Duration.ofSeconds(1)); // the second is two
        mvc.perform(signIn(hr.email(), hr.password(), guesser))
                .andExpect(unauthenticated());
        clock.advance(Duration.ofSeconds(2));
        mvc.perform(signIn(hr.email(), hr.password(), guesser))
                .andExpect(authenticated());
    }

    @Test
    void aSuccessfulSignInResetsTheFailureStreak() throws Exception {
        var hr = accounts.create(Role.HR);
        String address = freshAddress();
        for (int attempt = 1; attempt <= 4; attempt++) {
            mvc.perform(signIn(hr.email(), "wrong", address))
                    .andExpect(unauthenticated());
        }
        mvc.perform(signIn(hr.email(), hr.password(), address))
                .andExpect(authenticated());
        mvc.perform(signIn(hr.email(), "wrong", address))
                .andExpect(unauthenticated());
        mvc.perform(signIn(hr.email(), hr.password(), address))
                .andExpect(authenticated());
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

        // With a wrong password a disabled account answers exactly like an unknown e-mail.
        MvcResult guessed = mvc.perform(signIn(hr.email(), "wrong-password", freshAddress()))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"))
                .andReturn();
        assertThat(failure(guessed)).isExactlyInstanceOf(BadCredentialsException.class);
    }

    @Test
    void anUnknownEmailIsNeverReportedLockedHoweverOftenItFails() throws Exception {
        String address = freshAddress();
        for (int attempt = 1; attempt <= 7; attempt++) {
            MvcResult result = mvc.perform(signIn("ghost@test.local", "guess-" + attempt, address))
                    .andExpect(unauthenticated()).andReturn();
            assertThat(failure(result)).isExactlyInstanceOf(BadCredentialsException.class);
        }
    }

    @Test
    void unknownEmailIsRefusedLikeAWrongPassword() throws Exception {
        MvcResult result = mvc.perform(signIn("nobody@test.local", "whatever-123", freshAddress()))
                .andExpect(unauthenticated()).andExpect(request().sessionAttribute(
                        WebAttributes.AUTHENTICATION_EXCEPTION, org.hamcrest.Matchers.notNullValue()))
                .andReturn();
        assertThat(failure(result)).isInstanceOf(BadCredentialsException.class);
    }

    private static Object failure(MvcResult result) {
        return result.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }
}
