package ru.rop.portal.security;

import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/** Creates real accounts through the real service and signs test code in as them. */
@Component
public class TestAccounts {

    public static final String OWNER_EMAIL = "owner@test.local";
    public static final String OWNER_PASSWORD = "Owner-Test-Pass-2026";

    public record Account(String email, String password) {
    }

    private final UserService users;
    private final AppUserDetailsService userDetails;
    private final SecurityContextHolderStrategy security;

    TestAccounts(UserService users, AppUserDetailsService userDetails, SecurityContextHolderStrategy security) {
        this.users = users;
        this.userDetails = userDetails;
        this.security = security;
    }

    /** A fresh account with a unique e-mail, so tests sharing one database never collide. */
    public Account create(Role role) {
        String email = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.local";
        String password = "Test-Password-" + UUID.randomUUID().toString().substring(0, 6);
        asOwner(() -> users.createUser(new NewUserForm(email, "Тестовый " + role.name(), role, password)));
        return new Account(email, password);
    }

    public void signIn(String email) {
        var principal = userDetails.loadUserByUsername(email);
        var context = security.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        security.setContext(context);
        // Browserless view tests read the static holder; services read the strategy Vaadin installs.
        SecurityContextHolder.setContext(context);
    }

    public <T> T asOwner(Supplier<T> action) {
        var previous = security.getContext();
        var previousStatic = SecurityContextHolder.getContext();
        signIn(OWNER_EMAIL);
        try {
            return action.get();
        } finally {
            security.setContext(previous);
            SecurityContextHolder.setContext(previousStatic);
        }
    }

    public void signOut() {
        security.clearContext();
        SecurityContextHolder.clearContext();
    }
}
