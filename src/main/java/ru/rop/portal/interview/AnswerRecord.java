package ru.rop.portal.interview;

import java.time.Instant;
import java.util.Set;

/** What an interviewer recorded for one question. */
public record AnswerRecord(String questionId, Integer score, boolean skipped, String notes, String situation,
                           String task, String action, String result, Set<String> redFlags, Instant updatedAt) {

    public static AnswerRecord empty(String questionId) {
        return new AnswerRecord(questionId, null, false, null, null, null, null, null, Set.of(), null);
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
