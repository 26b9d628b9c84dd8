package ru.rop.portal.common;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Who is acting, for «created by» and history columns: a person's e-mail or an integration's key name. Read through
 * the strategy Vaadin installs, because it keeps a UI user's context in the Vaadin session.
 */
@Component
public class CurrentActor {

    private final SecurityContextHolderStrategy strategy;

    CurrentActor(SecurityContextHolderStrategy strategy) {
        this.strategy = strategy;
    }

    public String name() {
        Authentication authentication = strategy.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }

    /** How a person is shown to colleagues (an interviewer on a panel); the account name when there is none. */
    public String displayName() {
        Authentication authentication = strategy.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PortalUser user) {
            return user.displayName();
        }
        return name();
    }

    /** For showing or hiding what a role may do; the services check again. */
    public boolean hasRole(String role) {
        Authentication authentication = strategy.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(authority -> ("ROLE_" + role).equals(authority.getAuthority()));
    }
}
