package ru.rop.portal.candidate;

import java.time.Instant;
import java.util.List;

/** A candidate's way through the pipeline, for the analytics: no contacts, only what the numbers need. */
public record CandidateJourney(long id, String fullName, Source source, Stage stage, Instant createdAt,
                               List<StageHistoryEntry> history) {
}
