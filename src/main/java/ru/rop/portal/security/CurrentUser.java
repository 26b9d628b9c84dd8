package ru.rop.portal.security;

import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Who is acting, read through the same strategy that method security uses. Vaadin keeps the security context in
 * its session, so the static SecurityContextHolder would not see the signed-in user of a UI request.
 */
@Component
class CurrentUser {

    private final SecurityContextHolderStrategy strategy;

    CurrentUser(SecurityContextHolderStrategy strategy) {
        this.strategy = strategy;
    }

    Optional<AppUserPrincipal> principal() {
        Authentication authentication = strategy.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof AppUserPrincipal principal
                ? Optional.of(principal) : Optional.empty();
    }

    /**
     * Swaps the signed-in person's principal for a fresh one in the context the session holds (the strategy hands
     * out the session's own context object), so this session survives its account's session version being raised.
     */
    void replacePrincipal(AppUserPrincipal principal) {
        SecurityContext context = strategy.getContext();
        Authentication previous = context.getAuthentication();
        // The same authorities (roles and how the person proved who they are); only the principal is newer.
        UsernamePasswordAuthenticationToken fresh = UsernamePasswordAuthenticationToken.authenticated(principal, null,
                previous.getAuthorities());
        fresh.setDetails(previous.getDetails());
        principal.eraseCredentials();
        context.setAuthentication(fresh);
    }

    void authenticate(Authentication authentication) {
        var context = strategy.createEmptyContext();
        context.setAuthentication(authentication);
        strategy.setContext(context);
    }
}
