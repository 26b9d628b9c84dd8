package ru.rop.portal.candidate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One move of a candidate through the pipeline: who, when, from where to where and why. */
@Entity
@Table(name = "candidate_stage_change")
class StageChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private Long candidateId;
    @Enumerated(EnumType.STRING)
    private Stage fromStage;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Stage toStage;
    private String reason;
    @Column(nullable = false)
    private String changedBy;
    @Column(nullable = false)
    private Instant changedAt;

    protected StageChange() {
    }

    StageChange(long candidateId, Stage fromStage, Stage toStage, String reason, String changedBy, Instant changedAt) {
        this.candidateId = candidateId;
        this.fromStage = fromStage;
        this.toStage = toStage;
        this.reason = reason;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    StageHistoryEntry toEntry() {
        return new StageHistoryEntry(fromStage, toStage, reason, changedBy, changedAt);
    }

    Long getCandidateId() {
        return candidateId;
    }

    Stage getFromStage() {
        return fromStage;
    }

    Stage getToStage() {
        return toStage;
    }
}
