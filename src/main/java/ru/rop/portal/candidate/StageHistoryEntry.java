package ru.rop.portal.candidate;

import java.time.Instant;

/** @param fromStage {@code null} for the entry that records the candidate's creation */
public record StageHistoryEntry(Stage fromStage, Stage toStage, String reason, String changedBy, Instant changedAt) {
}
