package ru.rop.portal.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import ru.rop.portal.IntegrationTest;

/** A session signed in before its account was disabled or its password replaced ends at its next request. */
@IntegrationTest
class SessionRevocationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    UserService users;
    @Autowired
    AppUserRepository userRepository;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void disablingAnAccountEndsItsOpenSessions() throws Exception {
        var hr = accounts.create(Role.HR);
        MockHttpSession laptop = signedIn(hr);
        MockHttpSession phone = signedIn(hr);
        mvc.perform(get("/candidates").session(laptop)).andExpect(authenticated());

        long id = idOf(hr);
        accounts.asOwner(() -> {
            users.disable(id);
            return null;
        });

        expectSentToLogin(laptop);
        expectSentToLogin(phone);
        // Enabling again does not bring an ended session back.
        accounts.asOwner(() -> {
            users.enable(id);
            return null;
        });
        expectSentToLogin(laptop);
    }

    @Test
    void resettingThePasswordEndsTheOpenSessions() throws Exception {
        var hr = accounts.create(Role.HR);
        MockHttpSession session = signedIn(hr);
        long id = idOf(hr);
        var issued = accounts.asOwner(() -> users.resetPassword(id));

        expectSentToLogin(session);
        MockHttpSession fresh = signedIn(new TestAccounts.Account(hr.email(), issued.password()));
        mvc.perform(get("/candidates").session(fresh)).andExpect(authenticated());
    }

    @Test
    void changingOnesOwnPasswordEndsTheOtherSessions() throws Exception {
        var hr = accounts.create(Role.HR);
        MockHttpSession elsewhere = signedIn(hr);
        accounts.signIn(hr.email());
        users.changeOwnPassword(hr.password(), "Velvet-Harbour-Lantern-" + id(hr));
        accounts.signOut();

        expectSentToLogin(elsewhere);
    }

    @Test
    void aSessionOfAnUntouchedAccountGoesOn() throws Exception {
        var hr = accounts.create(Role.HR);
        var other = accounts.create(Role.HR);
        MockHttpSession session = signedIn(hr);
        long otherId = idOf(other);
        accounts.asOwner(() -> {
            users.disable(otherId);
            return null;
        });
        mvc.perform(get("/candidates").session(session)).andExpect(authenticated());
    }

    private MockHttpSession signedIn(TestAccounts.Account account) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(account.email()).password(account.password()))
                .andExpect(redirectedUrl("/")).andReturn().getRequest().getSession(false);
    }

    private void expectSentToLogin(MockHttpSession session) throws Exception {
        mvc.perform(get("/candidates").session(session)).andExpect(unauthenticated())
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    private long idOf(TestAccounts.Account account) {
        return userRepository.findByEmail(account.email()).orElseThrow().getId();
    }

    private static String id(TestAccounts.Account account) {
        return account.email().substring(3, 11);
    }
}
