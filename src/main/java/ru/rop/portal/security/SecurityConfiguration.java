package ru.rop.portal.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import ru.rop.portal.common.api.ProblemWriter;
import ru.rop.portal.security.ui.LoginView;

@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    static final String API_PATHS = "/api/v1/**";

    /** Integrations: stateless, bearer keys only, errors as problem+json. */
    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ApiKeyService apiKeys, CurrentUser currentUser,
            ProblemWriter problems)
            throws Exception {
        return http.securityMatcher(API_PATHS)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new ApiKeyAuthenticationFilter(apiKeys, currentUser), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole(Roles.API))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> problems.write(response,
                                HttpStatus.UNAUTHORIZED,
                                request.getAttribute(ApiKeyAuthenticationFilter.REJECTED_KEY) != null
                                        ? "api.auth.invalid-key" : "api.auth.missing-key",
                                request.getRequestURI()))
                        .accessDeniedHandler((request, response, e) -> problems.write(response,
                                HttpStatus.FORBIDDEN, "api.auth.forbidden", request.getRequestURI())))
                .build();
    }

    /** People: Vaadin views behind the login form; health's status stays public (ApiDocsSecurity: API docs). */
    @Bean
    @Order(2)
    SecurityFilterChain vaadinFilterChain(HttpSecurity http, ContentSecurityPolicy contentSecurityPolicy,
            RequestUtil vaadinRequests, AppUserRepository users, SecurityContextHolderStrategy strategy)
            throws Exception {
        http.headers(headers -> {
            headers.addHeaderWriter(contentSecurityPolicy)
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                    .frameOptions(frames -> frames.deny());
            // Written before the page, not when it is committed: Vaadin writes its pages so that headers left
            // for the commit never reach the browser, and the candidate's pages went out without the policy.
            headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                @Override
                public <O extends HeaderWriterFilter> O postProcess(O filter) {
                    filter.setShouldWriteHeadersEagerly(true);
                    return filter;
                }
            });
        });
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**", "/styles/**")
                .permitAll());
        // Vaadin's own requests carry Vaadin's CSRF token; everything else, the login form's POST /login above all,
        // needs Spring's. Vaadin's default also exempts the login page, which let another site sign a browser in
        // (login CSRF); its login form sends the token from the page's _csrf meta tags once it is required.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        // Before the anonymous filter: a session ended here goes on as a visitor and is sent to the login view.
        http.addFilterBefore(new SessionRevocationFilter(users, strategy), AnonymousAuthenticationFilter.class);
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .enableCsrfConfiguration(false)).build();
    }

    /** The one way to sign in with a password: see {@link ThrottledSignIn}. */
    @Bean
    AuthenticationProvider passwordSignIn(AppUserDetailsService userDetails, PasswordEncoder passwordEncoder,
            SignInThrottle throttle, SignInRecorder recorder) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(userDetails);
        passwords.setPasswordEncoder(passwordEncoder);
        return new ThrottledSignIn(passwords, throttle, recorder);
    }

    /** Argon2id for new hashes; the delegating wrapper keeps old hashes readable if the default ever changes. */
    @Bean
    PasswordEncoder passwordEncoder() {
        String argon2 = "argon2";
        return new DelegatingPasswordEncoder(argon2,
                Map.of(argon2, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
    }
}
