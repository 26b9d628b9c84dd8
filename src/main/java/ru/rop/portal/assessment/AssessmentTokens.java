package ru.rop.portal.assessment;

import java.security.SecureRandom;
import java.util.Base64;
import ru.rop.portal.common.Sha256;

/**
 * Candidates' link tokens (the assessment's, the interview meeting's): 256 random bits, URL-safe; only their SHA-256
 * is stored, so a database copy opens nothing.
 */
public final class AssessmentTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private AssessmentTokens() {
    }

    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String token) {
        return Sha256.hex(token);
    }

    static long newSeed() {
        return RANDOM.nextLong();
    }
}
