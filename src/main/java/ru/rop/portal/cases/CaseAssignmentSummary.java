package ru.rop.portal.cases;

import java.time.Instant;

/**
 * A case on the candidate card.
 *
 * @param myScored how many criteria the viewer has given a level
 */
public record CaseAssignmentSummary(long id, String caseId, String title, CaseMode mode, boolean answered,
                                    int criteria, int myScored, int raters, Instant assignedAt) {
}
