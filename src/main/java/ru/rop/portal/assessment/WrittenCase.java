package ru.rop.portal.assessment;

import org.jspecify.annotations.Nullable;

/** A case assigned to be answered in writing and its text so far, as the candidate's plan shows it (values only). */
record WrittenCase(String caseId, @Nullable String answer) {
}
