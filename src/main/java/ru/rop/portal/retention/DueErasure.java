package ru.rop.portal.retention;

import java.time.Instant;

/**
 * A candidate whose hiring is decided, with the date their personal data is to be destroyed.
 *
 * @param poolUntil the end of a standing talent-pool consent; null without one
 * @param overdue   the due date has passed: the next run (or «destroy now») erases it
 */
public record DueErasure(long candidateId, String fullName, long vacancyId, String vacancyTitle, HiringEnd decision,
                         Instant decidedAt, Instant dueAt, Instant poolUntil, boolean overdue) {
}
