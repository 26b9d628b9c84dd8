package ru.rop.portal.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One answer of the online assessment with how it was given: the time spent on the item (added up over visits)
 * and, for a written case, how much text was pasted. A case's text itself lives with the case assignment.
 * A situational item's chosen option is in {@code choice}; a forced-choice block's statement marked «most like
 * me» is in {@code choice} and the one marked «least like me» in {@code leastChoice}. {@code likert} holds the
 * answers of the earlier Likert self-assessment: kept for the person's data, no longer scored.
 */
@Entity
@Table(name = "assessment_answer")
class AssessmentAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private Long invitationId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AssessmentSection itemKind;
    @Column(nullable = false)
    private String itemId;
    private String choice;
    private Integer likert;
    private String leastChoice;
    @Column(nullable = false)
    private int secondsSpent;
    @Column(nullable = false)
    private int pastedChars;
    private Instant answeredAt;

    protected AssessmentAnswer() {
    }

    AssessmentAnswer(long invitationId, AssessmentSection itemKind, String itemId) {
        this.invitationId = invitationId;
        this.itemKind = itemKind;
        this.itemId = itemId;
    }

    void choose(String option, Instant at) {
        this.choice = option;
        this.answeredAt = at;
    }

    /** A block's marks as they stand: either may be null while the candidate is still choosing. */
    void rank(String most, String least, Instant at) {
        this.choice = most;
        this.leastChoice = least;
        this.answeredAt = at;
    }

    void wrote(Instant at) {
        this.answeredAt = at;
    }

    void spent(int seconds) {
        this.secondsSpent += Math.max(0, seconds);
    }

    void pasted(int chars) {
        this.pastedChars += Math.max(0, chars);
    }

    AssessmentSection getItemKind() {
        return itemKind;
    }

    String getItemId() {
        return itemId;
    }

    String getChoice() {
        return choice;
    }

    Integer getLikert() {
        return likert;
    }

    String getLeastChoice() {
        return leastChoice;
    }

    int getSecondsSpent() {
        return secondsSpent;
    }

    int getPastedChars() {
        return pastedChars;
    }

    Instant getAnsweredAt() {
        return answeredAt;
    }
}
