package ru.rop.portal.common;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute addresses for links that leave the app (e-mails, the invitation link): the configured public address
 * ({@code ROP_PUBLIC_URL}); else the address of the request being served; else this machine's port.
 */
@Component
public class PublicLinks {

    private final String publicUrl;
    private final Environment environment;

    PublicLinks(@Value("${rop.public-url:}") String publicUrl, Environment environment) {
        this.publicUrl = StringUtils.hasText(publicUrl) ? publicUrl.replaceAll("/+$", "") : null;
        this.environment = environment;
    }

    /** An address was configured; links built without one come from the request being served. */
    public boolean configured() {
        return publicUrl != null;
    }

    /** @param route from the application's root, e.g. {@code /a/token} or {@link Routes#candidate} */
    public String absolute(String route) {
        String path = route.startsWith("/") ? route : "/" + route;
        if (publicUrl != null) {
            return publicUrl + path;
        }
        if (RequestContextHolder.getRequestAttributes() != null) {
            return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString() + path;
        }
        return "http://localhost:" + environment.getProperty("local.server.port",
                environment.getProperty("server.port", "8080")) + path;
    }
}
