package ru.rop.portal.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A bearer key for /api/v1. Only its SHA-256 is kept; the prefix lets the owner tell keys apart. */
@Entity
@Table(name = "api_key")
class ApiKey {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 80)
    private String name;

    @Column(nullable = false, length = 16)
    private String keyPrefix;

    @Column(nullable = false, length = 64)
    private String keyHash;

    @Column(nullable = false, length = 254)
    private String createdBy;

    @Column(nullable = false)
    private Instant createdAt;

    private Instant lastUsedAt;

    private Instant revokedAt;

    @Column(length = 254)
    private String revokedBy;

    @Version
    private long version;

    protected ApiKey() {
    }

    ApiKey(String name, String keyPrefix, String keyHash, String createdBy, Instant createdAt) {
        this.name = name;
        this.keyPrefix = keyPrefix;
        this.keyHash = keyHash;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    boolean isRevoked() {
        return revokedAt != null;
    }

    void revoke(String by, Instant at) {
        revokedAt = at;
        revokedBy = by;
    }

    void markUsed(Instant at) {
        lastUsedAt = at;
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    String getKeyPrefix() {
        return keyPrefix;
    }

    String getCreatedBy() {
        return createdBy;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getLastUsedAt() {
        return lastUsedAt;
    }

    Instant getRevokedAt() {
        return revokedAt;
    }
}
