package ru.rop.portal.webhooks;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;
import ru.rop.portal.common.UserFacingException;

/**
 * Where webhooks may go: http(s) URLs without user info whose host resolves only to public addresses. Loopback,
 * link-local, private, shared (CGNAT), unique-local IPv6 and other non-public ranges are refused unless
 * {@code rop.webhooks.allow-private} ({@code ROP_WEBHOOKS_ALLOW_PRIVATE=true}) allows them: otherwise a webhook
 * would let anyone with an owner's account or an API key make the server call the company's internal network.
 * Checked at registration and again before every delivery, so a name that later resolves inside
 * (DNS rebinding) is refused then.
 */
@Component
class WebhookUrlRule {

    static final int MAX_LENGTH = 2000;

    private static final List<IpAddressMatcher> NON_PUBLIC = List.of(
            "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
            "192.0.0.0/24", "192.0.2.0/24", "192.168.0.0/16", "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24",
            "224.0.0.0/4", "240.0.0.0/4", "::/128", "::1/128", "64:ff9b::/96", "100::/64", "2001:db8::/32",
            "fc00::/7", "fe80::/10", "ff00::/8").stream().map(IpAddressMatcher::new).toList();

    private final boolean allowPrivate;

    WebhookUrlRule(WebhookProperties properties) {
        this.allowPrivate = properties.allowPrivate();
    }

    /** The URL as it will be called. @throws UserFacingException for the field {@code url} when refused */
    URI check(String url) {
        URI uri = parse(url);
        if (!allowPrivate) {
            refusePrivate(uri.getHost());
        }
        return uri;
    }

    private static URI parse(String url) {
        String trimmed = url == null ? "" : url.strip();
        if (trimmed.isEmpty()) {
            throw UserFacingException.forField("url", "webhooks.url.required");
        }
        if (trimmed.length() > MAX_LENGTH) {
            throw UserFacingException.forField("url", "webhooks.url.too-long", MAX_LENGTH);
        }
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            throw UserFacingException.forField("url", "webhooks.url.invalid");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null || uri.getRawUserInfo() != null
                || uri.getRawFragment() != null) {
            throw UserFacingException.forField("url", "webhooks.url.invalid");
        }
        return uri;
    }

    private static void refusePrivate(String host) {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw UserFacingException.forField("url", "webhooks.url.unknown-host");
        }
        for (InetAddress address : addresses) {
            if (nonPublic(address)) {
                throw UserFacingException.forField("url", "webhooks.url.private");
            }
        }
    }

    static boolean nonPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        String literal = address.getHostAddress();
        return NON_PUBLIC.stream().anyMatch(range -> range.matches(literal));
    }
}
