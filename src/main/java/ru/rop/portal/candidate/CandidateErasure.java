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

/** What is left of an erased candidate: anonymous statistics (vacancy, stage, source) and when and why. */
@Entity
@Table(name = "candidate_erasure")
class CandidateErasure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private long candidateId;
    @Column(nullable = false)
    private long vacancyId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private Stage stage;
    @Enumerated(EnumType.STRING)
    @Column(length = 24)
    private Source source;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ErasureReason reason;
    @Column(nullable = false)
    private Instant erasedAt;
    @Column(nullable = false)
    private String erasedBy;

    protected CandidateErasure() {
    }

    CandidateErasure(long candidateId, long vacancyId, Stage stage, Source source, ErasureReason reason,
                     Instant erasedAt, String erasedBy) {
        this.candidateId = candidateId;
        this.vacancyId = vacancyId;
        this.stage = stage;
        this.source = source;
        this.reason = reason;
        this.erasedAt = erasedAt;
        this.erasedBy = erasedBy;
    }

    Long getId() {
        return id;
    }
}
