package ru.rop.portal.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The record of a candidate's consent to the talent pool: which text (version and hash of the exact words), when,
 * from which address, until when, and its withdrawal. Giving it again after a withdrawal replaces the record.
 */
@Entity
@Table(name = "talent_pool_consent")
class TalentPoolConsent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private long candidateId;
    @Column(nullable = false, length = 32)
    private String version;
    @Column(nullable = false, columnDefinition = "CHAR(64)")
    private String textHash;
    @Column(nullable = false, length = 64)
    private String address;
    @Column(nullable = false)
    private Instant givenAt;
    @Column(nullable = false)
    private Instant validUntil;
    private Instant withdrawnAt;

    protected TalentPoolConsent() {
    }

    TalentPoolConsent(long candidateId) {
        this.candidateId = candidateId;
    }

    void give(String version, String textHash, String address, Instant at, Instant until) {
        this.version = version;
        this.textHash = textHash;
        this.address = address;
        this.givenAt = at;
        this.validUntil = until;
        this.withdrawnAt = null;
    }

    void withdraw(Instant at) {
        if (withdrawnAt == null) {
            withdrawnAt = at;
        }
    }

    TalentPoolEntry toEntry() {
        return new TalentPoolEntry(candidateId, givenAt, validUntil, withdrawnAt);
    }
}
