package ru.rop.portal.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One sign-in attempt, kept for the owner's audit whether it succeeded or not. */
@Entity
@Table(name = "sign_in_audit")
class SignInAudit {

    enum Outcome {
        SUCCESS, BAD_CREDENTIALS, LOCKED, DISABLED,
        /** Refused unchecked: the client address had to wait after too many failures. */
        THROTTLED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 254)
    private String email;

    private Long userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Outcome outcome;

    @Column(length = 64)
    private String remoteAddress;

    protected SignInAudit() {
    }

    SignInAudit(Instant occurredAt, String email, Long userId, Outcome outcome, String remoteAddress) {
        this.occurredAt = occurredAt;
        this.email = email;
        this.userId = userId;
        this.outcome = outcome;
        this.remoteAddress = remoteAddress;
    }

    Instant getOccurredAt() {
        return occurredAt;
    }

    String getEmail() {
        return email;
    }

    Long getUserId() {
        return userId;
    }

    Outcome getOutcome() {
        return outcome;
    }

    String getRemoteAddress() {
        return remoteAddress;
    }
}
