package ru.rop.portal.interview;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import ru.rop.portal.classification.DimensionId;

/**
 * What an interviewer recorded for one question.
 *
 * @param styles where the candidate sits (1–5) on each style the interviewer marked
 */
public record AnswerRecord(String questionId, Integer score, boolean skipped, String notes, String situation,
                           String task, String action, String result, Set<String> redFlags,
                           Map<DimensionId, Integer> styles, Instant updatedAt) {

    public AnswerRecord {
        styles = Map.copyOf(styles);
    }

    public static AnswerRecord empty(String questionId) {
        return new AnswerRecord(questionId, null, false, null, null, null, null, null, Set.of(), Map.of(), null);
    }

    public Integer style(DimensionId style) {
        return styles.get(style);
    }

    public String text(NoteField field) {
        return switch (field) {
            case NOTES -> notes;
            case SITUATION -> situation;
            case TASK -> task;
            case ACTION -> action;
            case RESULT -> result;
        };
    }
}
