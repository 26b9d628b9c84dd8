package ru.rop.portal.security;

import java.time.Instant;

public record ApiKeySummary(long id, String name, String prefix, String createdBy, Instant createdAt,
                            Instant lastUsedAt, Instant revokedAt) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
