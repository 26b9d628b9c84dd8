package ru.rop.portal.assessment;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.function.Predicate;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import ru.rop.portal.common.AppI18NProvider;

/**
 * The filter in front of a candidate's tokened address ({@code /a/{token}}, {@code /m/{token}}), before Vaadin renders
 * it: a wrong link costs time, and an address that keeps guessing gets 429 for every link until its window passes. A
 * valid link from an address in good standing is never slowed.
 */
public final class GuardedLinks {

    /** Few threads may wait at once, so many guessers cannot tie up the server: the rest are refused at once. */
    private static final Semaphore WAITING = new Semaphore(8);

    private GuardedLinks() {
    }

    /**
     * @param pattern the servlet URL pattern, e.g. {@code /a/*}
     * @param valid   whether the path (split at "/", so the token is element 2) opens something
     */
    public static FilterRegistrationBean<OncePerRequestFilter> filter(String name, String pattern, LinkGuard guard,
                                                                      AppI18NProvider i18n, Predicate<String[]> valid) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
                new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                                    FilterChain chain) throws ServletException, IOException {
                        String[] path = request.getRequestURI().substring(request.getContextPath().length())
                                .split("/", -1);
                        // A refused address gets the same answer for every link, valid ones too, before the
                        // token is even looked up: otherwise a 200 among the 429s would still tell a guesser which
                        // token is real. The price: a candidate behind the same NAT as a guesser waits out the
                        // window too (docs/architecture.md). Only wrong links are counted and slowed.
                        String address = request.getRemoteAddr();
                        if (guard.refused(address)) {
                            refuse(response, i18n, guard.window());
                            return;
                        }
                        if (!valid.test(path) && (!pause(guard.failed(address)) || guard.refused(address))) {
                            refuse(response, i18n, guard.window());
                            return;
                        }
                        chain.doFilter(request, response);
                    }
                });
        registration.addUrlPatterns(pattern);
        // Before security and Vaadin: a guessing client gets nothing else of the application.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
        registration.setName(name);
        return registration;
    }

    /** The token of a split path {@code /x/{token}/…}, empty when there is none. */
    public static String token(String[] path) {
        return path.length > 2 ? path[2] : "";
    }

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
