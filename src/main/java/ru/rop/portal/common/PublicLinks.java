package ru.rop.portal.common;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Absolute addresses for links that leave the app (e-mails): the configured public address, else the request's. */
@Component
public class PublicLinks {

    private final String publicUrl;

    PublicLinks(@Value("${rop.public-url:}") String publicUrl) {
        this.publicUrl = StringUtils.hasText(publicUrl) ? publicUrl.replaceAll("/+$", "") : null;
    }

    /** @param path starting with a slash, e.g. {@code /a/token} */
    public String absolute(String path) {
        String base = publicUrl != null ? publicUrl
                : ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        return base + path;
    }
}
