package ru.rop.portal.assessment;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import ru.rop.portal.common.AppI18NProvider;

/**
 * Guards the candidate links {@code /a/{token}} and {@code /a/{token}/withdraw} before Vaadin renders them: a wrong
 * link costs time, and an address that keeps guessing gets 429 for every link until its window passes. A valid link
 * from an address in good standing is never slowed. Links opened through Vaadin's own navigation are counted by
 * {@link CandidateAssessmentService#open} the same way.
 */
@Configuration
class AssessmentLinkFilter {

    static final String WITHDRAW = "withdraw";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> assessmentLinkGuard(CandidateAssessmentService assessments,
                                                                      LinkGuard guard, AppI18NProvider i18n) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
                new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                                    FilterChain chain) throws ServletException, IOException {
                        String[] path = request.getRequestURI().substring(request.getContextPath().length())
                                .split("/", -1);
                        // "/a/{token}" opens the assessment; "/a/{token}/withdraw" withdraws the consent, which
                        // also works after the assessment's link expired.
                        String token = path.length > 2 ? path[2] : "";
                        boolean withdrawal = path.length == 4 && WITHDRAW.equals(path[3]);
                        // A refused address gets the same answer for every link, valid ones too, before the
                        // token is even looked up: otherwise a 200 among the 429s would still tell a guesser which
                        // token is real. The price: a candidate behind the same NAT as a guesser waits out the
                        // window too (docs/architecture.md). Only wrong links are counted and slowed.
                        String address = request.getRemoteAddr();
                        if (guard.refused(address)) {
                            refuse(response, i18n, guard.window());
                            return;
                        }
                        if ((withdrawal ? !assessments.withdrawable(token) : !assessments.valid(token))
                                && (!pause(guard.failed(address)) || guard.refused(address))) {
                            refuse(response, i18n, guard.window());
                            return;
                        }
                        chain.doFilter(request, response);
                    }
                });
        registration.addUrlPatterns("/a/*");
        // Before security and Vaadin: a guessing client gets nothing else of the application.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
        registration.setName("assessmentLinkGuard");
        return registration;
    }

    /** Few threads may wait at once, so many guessers cannot tie up the server: the rest are refused at once. */
    private static final Semaphore WAITING = new Semaphore(8);

    /** @return false when the request should be refused instead of waiting */
    private static boolean pause(Duration delay) {
        if (delay.isZero()) {
            return true;
        }
        if (!WAITING.tryAcquire()) {
            return false;
        }
        try {
            Thread.sleep(delay);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            WAITING.release();
        }
    }

    private static void refuse(HttpServletResponse response, AppI18NProvider i18n, Duration window)
            throws IOException {
        response.setStatus(429);
        response.setHeader("Retry-After", String.valueOf(window.toSeconds()));
        response.setContentType("text/html;charset=UTF-8");
        byte[] page = ("<!doctype html><html lang=\"ru\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
                + "content=\"width=device-width,initial-scale=1\"><title>" + i18n.russian("assessment.throttled.title")
                + "</title></head><body style=\"font-family:sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem\">"
                + "<h1 style=\"font-size:1.3rem\">" + i18n.russian("assessment.throttled.title") + "</h1><p>"
                + i18n.russian("assessment.throttled.text") + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
        response.getOutputStream().write(page);
    }
}
