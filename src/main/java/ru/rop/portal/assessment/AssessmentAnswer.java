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

    void rate(int value, Instant at) {
        this.likert = value;
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
