package ru.rop.portal.interview;

import java.time.Instant;
import java.util.List;

/**
 * A vacancy's interview plan as the kit editor shows it.
 *
 * @param saved false while it is only the app's proposal; then {@code updatedAt}/{@code updatedBy} are null
 * @param version to pass back on save, so two editors do not overwrite each other unnoticed
 */
public record KitPlan(long vacancyId, String vacancyTitle, int lengthMinutes, List<InterviewQuestion> questions,
                      KitCoverage coverage, boolean saved, Instant updatedAt, String updatedBy, long version) {
}
