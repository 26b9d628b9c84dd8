package ru.rop.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import ru.rop.portal.IntegrationTest;
import ru.rop.portal.common.UserFacingException;

@IntegrationTest
class UserServiceTest {

    @Autowired
    UserService users;
    @Autowired
    TestAccounts accounts;
    @Autowired
    AppUserRepository repository;
    @Autowired
    PasswordEncoder passwordEncoder;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void hrCannotManageUsers() {
        var hr = accounts.create(Role.HR);
        accounts.signIn(hr.email());
        assertThatThrownBy(() -> users.listUsers()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.createUser(new NewUserForm("x@test.local", "X", Role.OWNER, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.resetPassword(1)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anonymousCannotManageUsers() {
        accounts.signOut();
        assertThatThrownBy(() -> users.listUsers()).isInstanceOf(
                org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void ownerCreatesAUserWithAGeneratedPasswordStoredOnlyAsAHash() {
        accounts.signIn(TestAccounts.OWNER_EMAIL);
        IssuedPassword issued = users.createUser(new NewUserForm("  Anna.HR@Test.Local ", "Анна Смирнова 👩‍💼",
                Role.HR, ""));
        assertThat(issued.email()).isEqualTo("anna.hr@test.local");
        assertThat(issued.password()).hasSize(19);
        AppUser stored = repository.findByEmail("anna.hr@test.local").orElseThrow();
        assertThat(stored.getDisplayName()).isEqualTo("Анна Смирнова 👩‍💼");
        assertThat(stored.getPasswordHash()).startsWith("{argon2}").doesNotContain(issued.password());
        assertThat(passwordEncoder.matches(issued.password(), stored.getPasswordHash())).isTrue();
    }

    @Test
    void badInputIsRefusedAndChangesNothing() {
        accounts.signIn(TestAccounts.OWNER_EMAIL);
        long before = repository.count();
        assertRefused(new NewUserForm("not-an-email", "Имя", Role.HR, null), "email.invalid");
        assertRefused(new NewUserForm("", "Имя", Role.HR, null), "email.required");
        assertRefused(new NewUserForm("a@test.local", "   ", Role.HR, null), "user.name.required");
        assertRefused(new NewUserForm("a@test.local", "Я".repeat(121), Role.HR, null), "user.name.too-long");
        assertRefused(new NewUserForm("a@test.local", "Имя", null, null), "user.role.required");
        assertRefused(new NewUserForm("a@test.local", "Имя", Role.HR, "short"), "password.too-short");
        assertRefused(new NewUserForm("a@test.local", "Имя", Role.HR, "aaaaaaaaaaaa"), "password.too-simple");
        assertRefused(new NewUserForm("a@test.local", "Имя", Role.HR, "Password1234"), "password.common");
        assertRefused(new NewUserForm("a@test.local", "Имя", Role.HR, "eleven-char"), "password.too-short");
        assertRefused(new NewUserForm("a@test.local", "Имя", Role.HR, "qwertyuiop123"), "password.weak.common");
        assertRefused(new NewUserForm("a@b.c'--", "Имя", Role.HR, null), "email.invalid");
        assertRefused(new NewUserForm(TestAccounts.OWNER_EMAIL.toUpperCase(), "Имя", Role.HR, null), "user.email.taken");
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void nobodyCanDisableTheirOwnAccount() {
        var owner = accounts.create(Role.OWNER);
        accounts.signIn(owner.email());
        long self = repository.findByEmail(owner.email()).orElseThrow().getId();
        assertThatThrownBy(() -> users.disable(self)).isInstanceOf(UserFacingException.class)
                .extracting("messageKey").isEqualTo("user.disable.self");
    }

    @Test
    void resetPasswordReplacesTheOldOneAndUnlocks() {
        var hr = accounts.create(Role.HR);
        AppUser user = repository.findByEmail(hr.email()).orElseThrow();
        accounts.signIn(TestAccounts.OWNER_EMAIL);
        IssuedPassword issued = users.resetPassword(user.getId());
        AppUser after = repository.findByEmail(hr.email()).orElseThrow();
        assertThat(passwordEncoder.matches(hr.password(), after.getPasswordHash())).isFalse();
        assertThat(passwordEncoder.matches(issued.password(), after.getPasswordHash())).isTrue();
    }

    @Test
    void everyoneChangesTheirOwnPasswordOnlyWithTheCurrentOne() {
        var hr = accounts.create(Role.HR);
        accounts.signIn(hr.email());
        assertThatThrownBy(() -> users.changeOwnPassword("wrong", "Новый-пароль-2026"))
                .isInstanceOf(UserFacingException.class).extracting("messageKey").isEqualTo("password.current.wrong");
        users.changeOwnPassword(hr.password(), "Новый-пароль-2026");
        AppUser after = repository.findByEmail(hr.email()).orElseThrow();
        assertThat(passwordEncoder.matches("Новый-пароль-2026", after.getPasswordHash())).isTrue();
    }

    @Test
    void aPasswordMadeOfTheAccountsOwnNameIsRefused() {
        accounts.signIn(TestAccounts.OWNER_EMAIL);
        // Random to any dictionary, so only the account's own words make it guessable.
        assertRefused(new NewUserForm("zyxorq.plenvath@test.local", "Zyxorq Plenvath", Role.HR, "plenvathzyxorq"),
                "password.weak");
        assertThat(users.createUser(new NewUserForm("zyxorq.plenvath@test.local", "Анна", Role.HR,
                "plenvath-qorzyx"))).isNull();
    }

    private void assertRefused(NewUserForm form, String key) {
        assertThatThrownBy(() -> users.createUser(form)).isInstanceOf(UserFacingException.class)
                .extracting("messageKey").isEqualTo(key);
    }
}
