package ru.rop.portal.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

@Entity
@Table(name = "app_user")
class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(nullable = false, length = 120)
    private String displayName;

    @Column(nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Role role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private UserStatus status = UserStatus.ACTIVE;

    @Column(nullable = false)
    private int failedAttempts;

    private Instant lockedUntil;

    private Instant lastSignInAt;

    @Column(nullable = false)
    private Instant createdAt;

    /** ru or en; null follows the browser's language. */
    @Column(length = 8)
    private String uiLanguage;

    /** Raised to end every open session of the account; see {@link SessionRevocationFilter}. */
    @Column(nullable = false)
    private long sessionVersion;

    @Version
    private long version;

    protected AppUser() {
    }

    AppUser(String email, String displayName, String passwordHash, Role role, Instant createdAt) {
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.createdAt = createdAt;
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Counts one wrong password; the account locks when the streak reaches the limit. */
    void recordFailure(int maxFailures, Instant now, Duration lockDuration) {
        if (lockedUntil != null && !lockedUntil.isAfter(now)) {
            lockedUntil = null;
        }
        failedAttempts++;
        if (failedAttempts >= maxFailures) {
            lockedUntil = now.plus(lockDuration);
            failedAttempts = 0;
        }
    }

    void recordSuccess(Instant now) {
        failedAttempts = 0;
        lockedUntil = null;
        lastSignInAt = now;
    }

    void unlock() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    /** Every session signed in before this call ends at its next request. */
    void endSessions() {
        sessionVersion++;
    }

    long getSessionVersion() {
        return sessionVersion;
    }

    Long getId() {
        return id;
    }

    String getEmail() {
        return email;
    }

    String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    Role getRole() {
        return role;
    }

    UserStatus getStatus() {
        return status;
    }

    void setStatus(UserStatus status) {
        this.status = status;
    }

    int getFailedAttempts() {
        return failedAttempts;
    }

    Instant getLockedUntil() {
        return lockedUntil;
    }

    Instant getLastSignInAt() {
        return lastSignInAt;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    String getUiLanguage() {
        return uiLanguage;
    }

    void setUiLanguage(String uiLanguage) {
        this.uiLanguage = uiLanguage;
    }
}
