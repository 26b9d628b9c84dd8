package ru.rop.portal.security;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import ru.rop.portal.common.api.ProblemWriter;

/**
 * The API description and Swagger UI tell an attacker every endpoint and field: only staff signed in on the pages
 * (the Swagger UI in their browser) and integrations with a bearer key may read them. {@code rop.api-docs.enabled}
 * switches them off altogether.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsSecurity {

    static final String[] PATHS = {"/v3/api-docs", "/v3/api-docs/**", "/api/docs", "/api/swagger-ui/**"};

    /** Before the people's chain, which would send a bearer-key client to the sign-in page. */
    @Bean
    @Order(1)
    SecurityFilterChain apiDocsFilterChain(HttpSecurity http, ApiKeyService apiKeys, CurrentUser currentUser,
                                           ProblemWriter problems, AppUserRepository users,
                                           SecurityContextHolderStrategy strategy) throws Exception {
        return http.securityMatcher(PATHS)
                .csrf(csrf -> csrf.disable()) // read-only: nothing here changes anything
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(ContentSecurityPolicy.policy(null)))
                        .frameOptions(frames -> frames.deny()))
                .addFilterBefore(new ApiKeyAuthenticationFilter(apiKeys, currentUser), BasicAuthenticationFilter.class)
                // A session ended by disabling or a password reset reads no API description either.
                .addFilterBefore(new SessionRevocationFilter(users, strategy), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests.anyRequest().hasAnyRole(Roles.OWNER, Roles.HR, Roles.API))
                .exceptionHandling(errors -> errors
                        // A browser is sent to sign in; a program gets the API's own 401.
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                                browser())
                        .defaultAuthenticationEntryPointFor((request, response, e) -> problems.write(response,
                                HttpStatus.UNAUTHORIZED,
                                request.getAttribute(ApiKeyAuthenticationFilter.REJECTED_KEY) != null
                                        ? "api.auth.invalid-key" : "api.auth.missing-key",
                                request.getRequestURI()), request -> true))
                .build();
    }

    /** Asks for a page by name, not with curl's or a program's "anything". */
    private static MediaTypeRequestMatcher browser() {
        MediaTypeRequestMatcher html = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        html.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        return html;
    }
}
