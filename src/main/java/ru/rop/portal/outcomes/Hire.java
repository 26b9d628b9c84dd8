package ru.rop.portal.outcomes;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * A hired candidate with what the assessment predicted at that moment. Written once, in the transaction that moved
 * the candidate to «hired»; only the start date may change later, the prediction never does.
 */
@Entity
@Table(name = "hire")
class Hire {

    @Id
    private Long candidateId;
    @Column(nullable = false)
    private Long vacancyId;
    @Column(nullable = false, updatable = false)
    private Instant hiredAt;
    @Column(nullable = false)
    private LocalDate startDate;
    @Column(updatable = false)
    private String typeId;
    @Column(updatable = false)
    private String certainty;
    @Column(nullable = false, updatable = false)
    private String recommendation;
    @Column(updatable = false)
    private Double meanScore;
    @Column(nullable = false, updatable = false)
    private boolean blinded;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "hire_competency_score", joinColumns = @JoinColumn(name = "candidate_id"))
    @MapKeyColumn(name = "competency_id")
    @Column(name = "score", nullable = false)
    private Map<String, Double> competencyScores = new HashMap<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "hire_role_score", joinColumns = @JoinColumn(name = "candidate_id"))
    @MapKeyColumn(name = "role_id")
    @Column(name = "score", nullable = false)
    private Map<String, Double> roleScores = new HashMap<>();

    protected Hire() {
    }

    Hire(long candidateId, long vacancyId, Instant hiredAt, LocalDate startDate, Prediction prediction) {
        this.candidateId = candidateId;
        this.vacancyId = vacancyId;
        this.hiredAt = hiredAt;
        this.startDate = startDate;
        this.typeId = prediction.typeId();
        this.certainty = prediction.certainty();
        this.recommendation = prediction.recommendation();
        this.meanScore = prediction.meanScore();
        this.blinded = prediction.blinded();
        this.competencyScores = new HashMap<>(prediction.competencyScores());
        this.roleScores = new HashMap<>(prediction.roleScores());
    }

    long getCandidateId() {
        return candidateId;
    }

    long getVacancyId() {
        return vacancyId;
    }

    Instant getHiredAt() {
        return hiredAt;
    }

    LocalDate getStartDate() {
        return startDate;
    }

    void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    Prediction prediction() {
        return new Prediction(typeId, certainty, recommendation, meanScore, blinded, Map.copyOf(competencyScores),
                Map.copyOf(roleScores));
    }
}
