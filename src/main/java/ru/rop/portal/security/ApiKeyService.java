package ru.rop.portal.security;

import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import ru.rop.portal.common.CurrentActor;
import ru.rop.portal.common.Sha256;
import ru.rop.portal.common.UserFacingException;

/** Bearer keys for integrations: created and revoked by owners, checked on every /api/v1 request. */
@Service
public class ApiKeyService {

    static final int MAX_NAME_LENGTH = 80;
    static final String BOOTSTRAP_NAME = "ROP_API_KEY";
    private static final String KEY_PREFIX = "rop_";
    private static final int PREFIX_SHOWN = 12;
    // Writing last-used on every call would turn each read into a write; a minute is precise enough.
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiKeyRepository keys;
    private final Clock clock;
    private final CurrentActor actor;
    private final String bootstrapKeyHash;

    ApiKeyService(ApiKeyRepository keys, Clock clock, CurrentActor actor, AccessProperties access) {
        String bootstrapKey = access.api().bootstrapKey();
        this.keys = keys;
        this.clock = clock;
        this.actor = actor;
        this.bootstrapKeyHash = StringUtils.hasText(bootstrapKey) ? sha256(bootstrapKey.strip()) : null;
    }

    @RolesAllowed(Roles.OWNER)
    @Transactional
    public IssuedApiKey create(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new UserFacingException("apikey.name.required");
        }
        if (trimmed.length() > MAX_NAME_LENGTH) {
            throw new UserFacingException("apikey.name.too-long", MAX_NAME_LENGTH);
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = KEY_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        ApiKey key = keys.save(new ApiKey(trimmed, secret.substring(0, PREFIX_SHOWN), sha256(secret), actor.name(),
                clock.instant()));
        return new IssuedApiKey(summary(key), secret);
    }

    @RolesAllowed(Roles.OWNER)
    @Transactional(readOnly = true)
    public List<ApiKeySummary> list() {
        return keys.findAllByOrderByCreatedAtDesc().stream().map(ApiKeyService::summary).toList();
    }

    @RolesAllowed(Roles.OWNER)
    @Transactional
    public void revoke(long keyId) {
        ApiKey key = keys.findById(keyId).orElseThrow(() -> new UserFacingException("apikey.not-found"));
        if (!key.isRevoked()) {
            key.revoke(actor.name(), clock.instant());
        }
    }

    /** The name of the integration a presented key belongs to, if the key is valid and not revoked. */
    @Transactional
    Optional<String> authenticate(String presented) {
        if (!StringUtils.hasText(presented) || presented.length() > 200) {
            return Optional.empty();
        }
        String hash = sha256(presented.strip());
        if (bootstrapKeyHash != null && MessageDigest.isEqual(
                hash.getBytes(StandardCharsets.US_ASCII), bootstrapKeyHash.getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(BOOTSTRAP_NAME);
        }
        return keys.findByKeyHash(hash).filter(key -> !key.isRevoked()).map(key -> {
            Instant now = clock.instant();
            if (key.getLastUsedAt() == null || key.getLastUsedAt().plus(LAST_USED_PRECISION).isBefore(now)) {
                key.markUsed(now);
            }
            return key.getName();
        });
    }


    static String sha256(String value) {
        return Sha256.hex(value);
    }

    private static ApiKeySummary summary(ApiKey key) {
        return new ApiKeySummary(key.getId(), key.getName(), key.getKeyPrefix() + "…", key.getCreatedBy(),
                key.getCreatedAt(), key.getLastUsedAt(), key.getRevokedAt());
    }
}
