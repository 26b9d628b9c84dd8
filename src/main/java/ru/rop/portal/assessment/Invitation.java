package ru.rop.portal.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.DynamicUpdate;

/**
 * A candidate's invitation to the online assessment and the assessment's own state: the link's token only as its
 * SHA-256 hash, the consent given, where the candidate stopped, and when it was submitted.
 * Updates write only the changed columns: a step changes a counter and a position, not the kept consent text.
 */
@Entity
@DynamicUpdate
@Table(name = "assessment_invitation")
class Invitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private Long candidateId;
    @Column(nullable = false, columnDefinition = "CHAR(64)")
    private String tokenHash;
    @Column(nullable = false)
    private long seed;
    @Column(nullable = false)
    private Instant createdAt;
    @Column(nullable = false)
    private String createdBy;
    @Column(nullable = false)
    private Instant expiresAt;
    private Instant revokedAt;
    private Instant emailSentAt;
    private Instant openedAt;
    private String consentVersion;
    private Instant consentAt;
    private String consentAddress;
    @Column(columnDefinition = "CHAR(64)")
    private String consentTextHash;
    /** The words agreed to, as shown; null for consents recorded before the text was kept (hash only). */
    @Column(columnDefinition = "MEDIUMTEXT")
    private String consentText;
    private Instant situationalStarted;
    private Instant selfStarted;
    private Instant casesStarted;
    private String currentStep;
    @Column(nullable = false)
    private int tabSwitches;
    private Instant submittedAt;
    @Column(nullable = false)
    private int steps;
    @Version
    private long version;

    protected Invitation() {
    }

    Invitation(long candidateId, String tokenHash, long seed, String createdBy, Instant now, Instant expiresAt) {
        this.candidateId = candidateId;
        this.tokenHash = tokenHash;
        this.seed = seed;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    InvitationStatus status(Instant now) {
        if (revokedAt != null) {
            return InvitationStatus.REVOKED;
        }
        if (submittedAt != null) {
            return InvitationStatus.COMPLETED;
        }
        if (!now.isBefore(expiresAt)) {
            return InvitationStatus.EXPIRED;
        }
        if (consentAt != null) {
            return InvitationStatus.IN_PROGRESS;
        }
        return openedAt != null ? InvitationStatus.OPENED : InvitationStatus.SENT;
    }

    /**
     * The link may withdraw the consent: any time the data is held, after completion and after expiry, but not once
     * revoked, since staff revoke a link that reached the wrong person, who must not be able to destroy the data.
     */
    boolean withdrawable() {
        return revokedAt == null;
    }

    /** The link works: not revoked, not expired; a completed one still opens, to say it is completed. */
    boolean usable(Instant now) {
        return revokedAt == null && (submittedAt != null || now.isBefore(expiresAt));
    }

    void rotate(String tokenHash) {
        this.tokenHash = tokenHash;
    }

    void emailSent(Instant at) {
        this.emailSentAt = at;
    }

    void extendTo(Instant expiresAt) {
        this.expiresAt = expiresAt;
    }

    void revoke(Instant at) {
        this.revokedAt = at;
    }

    void opened(Instant at) {
        if (openedAt == null) {
            openedAt = at;
        }
    }

    void consent(String version, String text, String address, Instant at) {
        this.consentVersion = version;
        this.consentText = text;
        this.consentTextHash = AssessmentTokens.hash(text);
        this.consentAddress = address;
        this.consentAt = at;
    }

    void sectionStarted(AssessmentSection section, Instant at) {
        switch (section) {
            case SITUATIONAL -> situationalStarted = situationalStarted == null ? at : situationalStarted;
            case SELF -> selfStarted = selfStarted == null ? at : selfStarted;
            case CASES -> casesStarted = casesStarted == null ? at : casesStarted;
        }
    }

    Instant sectionStart(AssessmentSection section) {
        return switch (section) {
            case SITUATIONAL -> situationalStarted;
            case SELF -> selfStarted;
            case CASES -> casesStarted;
        };
    }

    void moveTo(String step) {
        this.currentStep = step;
    }

    /** A step saved through the link: the invitation gets a new version even when nothing else of it changed. */
    void stepTaken() {
        steps++;
    }

    void leftThePage() {
        tabSwitches++;
    }

    void submit(Instant at) {
        this.submittedAt = at;
    }

    long getVersion() {
        return version;
    }

    Long getId() {
        return id;
    }

    long getCandidateId() {
        return candidateId;
    }

    long getSeed() {
        return seed;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    String getCreatedBy() {
        return createdBy;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }

    Instant getEmailSentAt() {
        return emailSentAt;
    }

    String getConsentVersion() {
        return consentVersion;
    }

    Instant getConsentAt() {
        return consentAt;
    }

    String getConsentAddress() {
        return consentAddress;
    }

    String getConsentText() {
        return consentText;
    }

    String getConsentTextHash() {
        return consentTextHash;
    }

    Instant getRevokedAt() {
        return revokedAt;
    }

    Instant getOpenedAt() {
        return openedAt;
    }

    String getCurrentStep() {
        return currentStep;
    }

    int getTabSwitches() {
        return tabSwitches;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }

    boolean consented() {
        return consentAt != null;
    }

    boolean submitted() {
        return submittedAt != null;
    }
}
