package ru.rop.portal.interview;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import ru.rop.portal.classification.DimensionId;
import org.hibernate.annotations.BatchSize;

/**
 * The interviewer's record of one answer: the anchored score, where the candidate sits on the styles the question
 * reveals, red flags heard, notes and the STAR breakdown.
 */
@Entity
@Table(name = "interview_answer")
class InterviewAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String questionId;
    private Integer score;
    @Column(nullable = false)
    private boolean skipped;
    private String notes;
    private String situation;
    private String task;
    @Column(name = "action_taken")
    private String action;
    private String result;
    @Column(nullable = false)
    private Instant updatedAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "interview_answer_flag", joinColumns = @JoinColumn(name = "answer_id"))
    @Column(name = "red_flag_id", nullable = false)
    @BatchSize(size = 100)
    private Set<String> redFlags = new TreeSet<>();
    /** Style dimension id → position 1–5 on that style's own scale. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "interview_answer_style", joinColumns = @JoinColumn(name = "answer_id"))
    @MapKeyColumn(name = "dimension", length = 40)
    @Column(name = "position", nullable = false)
    @BatchSize(size = 100)
    private Map<String, Integer> styles = new TreeMap<>();

    protected InterviewAnswer() {
    }

    InterviewAnswer(String questionId, Instant now) {
        this.questionId = questionId;
        this.updatedAt = now;
    }

    void score(Integer score, Instant now) {
        this.score = score;
        if (score != null) {
            this.skipped = false;
        }
        this.updatedAt = now;
    }

    void skip(Instant now) {
        this.skipped = true;
        this.updatedAt = now;
    }

    void write(NoteField field, String text, Instant now) {
        switch (field) {
            case NOTES -> notes = text;
            case SITUATION -> situation = text;
            case TASK -> task = text;
            case ACTION -> action = text;
            case RESULT -> result = text;
        }
        this.updatedAt = now;
    }

    void flag(String redFlagId, boolean raised, Instant now) {
        if (raised) {
            redFlags.add(redFlagId);
        } else {
            redFlags.remove(redFlagId);
        }
        this.updatedAt = now;
    }

    /** Sets or clears (null) the position on a style's own 1–5 scale. */
    void markStyle(DimensionId style, Integer position, Instant now) {
        if (position == null) {
            styles.remove(style.name());
        } else {
            styles.put(style.name(), position);
        }
        this.updatedAt = now;
    }

    /** The style marks; a dimension no longer in the model is left out. */
    Map<DimensionId, Integer> getStyles() {
        Map<DimensionId, Integer> marks = new EnumMap<>(DimensionId.class);
        styles.forEach((name, position) -> Arrays.stream(DimensionId.values())
                .filter(d -> d.name().equals(name)).findFirst().ifPresent(d -> marks.put(d, position)));
        return marks;
    }

    String getQuestionId() {
        return questionId;
    }

    Integer getScore() {
        return score;
    }

    Set<String> getRedFlags() {
        return Set.copyOf(redFlags);
    }

    AnswerRecord toRecord() {
        return new AnswerRecord(questionId, score, skipped, notes, situation, task, action, result,
                new TreeSet<>(redFlags), getStyles(), updatedAt);
    }
}
