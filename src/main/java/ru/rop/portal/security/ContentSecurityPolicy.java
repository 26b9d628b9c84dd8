package ru.rop.portal.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.stereotype.Component;

/**
 * The content security policy of the pages, with a fresh nonce per response: only the scripts Vaadin's bootstrap page
 * itself carries run inline, so markup slipped into a page cannot run script ({@code 'unsafe-inline'} is gone).
 * {@code 'unsafe-eval'} stays: Vaadin Flow's client engine turns every {@code executeJs()} and event-data expression
 * the server sends into a function with {@code new Function(...)} (FlowClient), on every page including sign-in;
 * Vaadin documents it as required. Styles stay {@code 'unsafe-inline'}: the components set inline styles.
 */
@Component
class ContentSecurityPolicy implements HeaderWriter, VaadinServiceInitListener {

    static final String HEADER = "Content-Security-Policy";
    private static final String NONCE = ContentSecurityPolicy.class.getName() + ".nonce";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The policy with the response's nonce; without one (not a page) no inline script runs at all. */
    static String policy(String nonce) {
        return "default-src 'self'; script-src 'self' " + (nonce == null ? "" : "'nonce-" + nonce + "' ")
                + "'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
                + "font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; "
                + "form-action 'self'; object-src 'none'";
    }

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        if (response.containsHeader(HEADER)) {
            return;
        }
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        String nonce = Base64.getEncoder().encodeToString(bytes);
        request.setAttribute(NONCE, nonce);
        response.setHeader(HEADER, policy(nonce));
    }

    /** Vaadin's bootstrap page: its own script tags get the nonce the header announced. */
    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(page -> {
            if (page.getVaadinRequest() instanceof VaadinServletRequest request
                    && request.getAttribute(NONCE) instanceof String nonce) {
                page.getDocument().getElementsByTag("script").attr("nonce", nonce);
            }
        });
    }
}
