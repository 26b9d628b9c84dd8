package ru.rop.portal.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "candidate_decision")
class CandidateDecision {

    @Id
    private Long candidateId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Recommendation recommendation;
    @Column(nullable = false)
    private String reason;
    @Column(nullable = false)
    private String decidedBy;
    @Column(nullable = false)
    private Instant decidedAt;

    protected CandidateDecision() {
    }

    CandidateDecision(long candidateId) {
        this.candidateId = candidateId;
    }

    Long getCandidateId() {
        return candidateId;
    }

    void decide(Recommendation recommendation, String reason, String by, Instant at) {
        this.recommendation = recommendation;
        this.reason = reason;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    HiringDecision toDecision() {
        return new HiringDecision(recommendation, reason, decidedBy, decidedAt);
    }
}
