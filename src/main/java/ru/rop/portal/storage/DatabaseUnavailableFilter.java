package ru.rop.portal.storage;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;
import ru.rop.portal.common.AppI18NProvider;
import ru.rop.portal.common.DatabaseFailures;
import ru.rop.portal.common.api.ProblemWriter;

/**
 * The API and the candidate's link answer 503 while the database cannot serve. Without this, the failure of the
 * API key lookup or of the link check escaped to the container's error page, which sits behind the staff login:
 * integrators and candidates got a 302 to /login instead of "try again later".
 */
@Configuration(proxyBeanMethods = false)
class DatabaseUnavailableFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);
    static final String API = "/api/v1/";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> databaseUnavailable(ProblemWriter problems, AppI18NProvider i18n) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
                new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                                    FilterChain chain) throws ServletException, IOException {
                        try {
                            chain.doFilter(request, response);
                        } catch (ServletException | IOException | RuntimeException e) {
                            if (!DatabaseFailures.unavailable(e) || response.isCommitted()) {
                                throw e;
                            }
                            log.warn("{} answered 503 while the database is unavailable: {}",
                                    request.getRequestURI().startsWith(request.getContextPath() + API) ? "An API call"
                                            : "A candidate's link", e.toString());
                            unavailable(request, response, problems, i18n);
                        }
                    }
                });
        registration.addUrlPatterns(API + "*", "/a/*", "/m/*");
        // Outside the link guard and security, whose database look-ups are what fails first.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 50);
        registration.setName("databaseUnavailable");
        return registration;
    }

    private static void unavailable(HttpServletRequest request, HttpServletResponse response, ProblemWriter problems,
                                    AppI18NProvider i18n) throws IOException {
        response.reset();
        response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseFailures.RETRY_AFTER_SECONDS);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith(API)) {
            problems.write(response, HttpStatus.SERVICE_UNAVAILABLE, "api.problem.unavailable",
                    request.getRequestURI());
            return;
        }
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setContentType("text/html;charset=UTF-8");
        String title = HtmlUtils.htmlEscape(i18n.russian("storage.unavailable.title"));
        byte[] page = ("<!doctype html><html lang=\"ru\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
                + "content=\"width=device-width,initial-scale=1\"><title>" + title + "</title></head>"
                + "<body style=\"font-family:sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem\">"
                + "<h1 style=\"font-size:1.3rem\">" + title + "</h1><p>"
                + HtmlUtils.htmlEscape(i18n.russian("storage.unavailable.text")) + "</p></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        response.getOutputStream().write(page);
    }
}
