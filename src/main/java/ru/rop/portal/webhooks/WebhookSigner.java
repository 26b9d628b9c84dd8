package ru.rop.portal.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature a receiver checks: {@code sha256=} and the hex HMAC-SHA256, keyed with the endpoint's secret (its
 * UTF-8 bytes), of the timestamp (Unix seconds, as sent in {@code X-Rop-Timestamp}), a full stop and the body's
 * bytes. The timestamp is signed so a captured request cannot be replayed later with a new one.
 */
final class WebhookSigner {

    private WebhookSigner() {
    }

    static String signature(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "sha256=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
