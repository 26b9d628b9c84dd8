package ru.rop.portal.cases;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.annotations.BatchSize;

/**
 * A business case given to a candidate, its answer (written, or the interviewer's record of an oral one) and the
 * raters' rubric levels.
 */
@Entity
@Table(name = "case_assignment")
class CaseAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private Long candidateId;
    @Column(nullable = false)
    private String caseId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseMode mode;
    private String answer;
    private Instant answeredAt;
    @Column(nullable = false)
    private String assignedBy;
    @Column(nullable = false)
    private Instant assignedAt;
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "assignment_id", nullable = false)
    @BatchSize(size = 50)
    private List<CaseScore> scores = new ArrayList<>();

    protected CaseAssignment() {
    }

    CaseAssignment(long candidateId, String caseId, CaseMode mode, String assignedBy, Instant assignedAt) {
        this.candidateId = candidateId;
        this.caseId = caseId;
        this.mode = mode;
        this.assignedBy = assignedBy;
        this.assignedAt = assignedAt;
    }

    /**
     * The stored answer is still the one an editor last saw ({@code seen} as typed; stored answers are trimmed and
     * blank means none), so saving over it overwrites nobody's change.
     */
    boolean answerIs(String seen) {
        String normalised = seen == null || seen.isBlank() ? null : seen.strip();
        return Objects.equals(normalised, answer);
    }

    void answer(String text, Instant now) {
        this.answer = text;
        this.answeredAt = text == null ? null : now;
    }

    /** The rater's line for a criterion, created on first touch. */
    CaseScore score(String rater, String raterName, String criterionId, Instant now) {
        return findScore(rater, criterionId).orElseGet(() -> {
            CaseScore score = new CaseScore(rater, raterName, criterionId, now);
            scores.add(score);
            return score;
        });
    }

    Optional<CaseScore> findScore(String rater, String criterionId) {
        return scores.stream().filter(s -> s.getRater().equals(rater) && s.getCriterionId().equals(criterionId))
                .findFirst();
    }

    Long getId() {
        return id;
    }

    long getCandidateId() {
        return candidateId;
    }

    String getCaseId() {
        return caseId;
    }

    CaseMode getMode() {
        return mode;
    }

    String getAnswer() {
        return answer;
    }

    Instant getAnsweredAt() {
        return answeredAt;
    }

    String getAssignedBy() {
        return assignedBy;
    }

    Instant getAssignedAt() {
        return assignedAt;
    }

    List<CaseScore> getScores() {
        return List.copyOf(scores);
    }
}
