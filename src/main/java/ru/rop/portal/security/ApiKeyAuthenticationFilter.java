package ru.rop.portal.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates /api/v1 calls by {@code Authorization: Bearer <key>}; a missing or bad key is left to the entry point. */
class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    static final String REJECTED_KEY = ApiKeyAuthenticationFilter.class.getName() + ".rejected";
    private static final String BEARER = "Bearer ";

    private final ApiKeyService apiKeys;
    private final CurrentUser currentUser;

    ApiKeyAuthenticationFilter(ApiKeyService apiKeys, CurrentUser currentUser) {
        this.apiKeys = apiKeys;
        this.currentUser = currentUser;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            apiKeys.authenticate(header.substring(BEARER.length())).ifPresentOrElse(
                    name -> currentUser.authenticate(new ApiClientAuthentication(name)),
                    () -> request.setAttribute(REJECTED_KEY, Boolean.TRUE));
        }
        chain.doFilter(request, response);
    }

    static final class ApiClientAuthentication extends AbstractAuthenticationToken {

        private final String integration;

        ApiClientAuthentication(String integration) {
            super(List.of(new SimpleGrantedAuthority("ROLE_" + Roles.API)));
            this.integration = integration;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Object getPrincipal() {
            return integration;
        }
    }
}
