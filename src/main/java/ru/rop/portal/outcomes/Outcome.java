package ru.rop.portal.outcomes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The figures of one period after the start date; one per period, never overwritten. */
@Entity
@Table(name = "hire_outcome")
class Outcome {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private Long candidateId;
    @Column(name = "period_months", nullable = false)
    private int month;
    @Column(nullable = false)
    private double planAttainmentPct;
    @Column(nullable = false)
    private double teamTurnoverPct;
    @Column(nullable = false)
    private double conversionChangePct;
    @Column(nullable = false)
    private boolean stillEmployed;
    @Column(nullable = false)
    private int ownerRating;
    private String note;
    @Column(nullable = false)
    private String recordedBy;
    @Column(nullable = false)
    private Instant recordedAt;

    protected Outcome() {
    }

    Outcome(long candidateId, OutcomeForm form, String recordedBy, Instant recordedAt) {
        this.candidateId = candidateId;
        this.month = form.month();
        this.planAttainmentPct = form.planAttainmentPct();
        this.teamTurnoverPct = form.teamTurnoverPct();
        this.conversionChangePct = form.conversionChangePct();
        this.stillEmployed = form.stillEmployed();
        this.ownerRating = form.ownerRating();
        this.note = form.note();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    long getCandidateId() {
        return candidateId;
    }

    int getMonth() {
        return month;
    }

    OutcomeRecord toRecord() {
        return new OutcomeRecord(month, planAttainmentPct, teamTurnoverPct, conversionChangePct, stillEmployed,
                ownerRating, note, recordedBy, recordedAt);
    }
}
