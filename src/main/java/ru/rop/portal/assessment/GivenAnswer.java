package ru.rop.portal.assessment;

import org.jspecify.annotations.Nullable;

/**
 * An answer as the candidate's plan shows it: values read by a query, not a managed entity, so drawing a page
 * after every step leaves nothing for the transaction to check for changes at commit.
 */
record GivenAnswer(AssessmentSection itemKind, String itemId, @Nullable String choice, @Nullable String leastChoice) {
}
