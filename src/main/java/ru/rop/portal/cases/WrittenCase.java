package ru.rop.portal.cases;

import org.jspecify.annotations.Nullable;

/** A case assigned to be answered in writing and its text so far, as the candidate's plan shows it (values only). */
public record WrittenCase(String caseId, @Nullable String answer) {
}
