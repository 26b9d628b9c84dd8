package ru.rop.portal.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One rater's level and comment on one rubric criterion of an assigned case. */
@Entity
@Table(name = "case_score")
class CaseScore {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String rater;
    @Column(nullable = false)
    private String raterName;
    @Column(nullable = false)
    private String criterionId;
    private Integer level;
    private String comment;
    @Column(nullable = false)
    private Instant updatedAt;

    protected CaseScore() {
    }

    CaseScore(String rater, String raterName, String criterionId, Instant now) {
        this.rater = rater;
        this.raterName = raterName;
        this.criterionId = criterionId;
        this.updatedAt = now;
    }

    void level(Integer level, Instant now) {
        this.level = level;
        this.updatedAt = now;
    }

    void comment(String comment, Instant now) {
        this.comment = comment;
        this.updatedAt = now;
    }

    String getRater() {
        return rater;
    }

    String getRaterName() {
        return raterName;
    }

    String getCriterionId() {
        return criterionId;
    }

    Integer getLevel() {
        return level;
    }

    String getComment() {
        return comment;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
