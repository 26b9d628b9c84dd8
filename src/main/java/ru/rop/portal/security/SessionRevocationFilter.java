package ru.rop.portal.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session at its next request once its account was disabled, had its password reset or changed
 * elsewhere, or got another role: the account row is read on every request, so this holds across instances and
 * needs no list of sessions. The session is invalidated and the request goes on anonymous: a page is sent to the
 * login view, and an open Vaadin tab's next round-trip finds its session gone and reloads onto the login view.
 */
final class SessionRevocationFilter extends OncePerRequestFilter {

    private final AppUserRepository users;
    private final SecurityContextHolderStrategy strategy;
    private final SecurityContextLogoutHandler logout = new SecurityContextLogoutHandler();

    SessionRevocationFilter(AppUserRepository users, SecurityContextHolderStrategy strategy) {
        this.users = users;
        this.strategy = strategy;
        logout.setSecurityContextHolderStrategy(strategy);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = strategy.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AppUserPrincipal principal
                && !users.existsByIdAndStatusAndRoleAndSessionVersion(principal.id(), UserStatus.ACTIVE,
                        principal.role(), principal.sessionVersion())) {
            logout.logout(request, response, authentication);
        }
        chain.doFilter(request, response);
    }
}
