package ru.rop.portal.candidate;

import java.util.List;

/**
 * Everything the candidate card shows.
 *
 * @param elsewhere the same person (by e-mail or phone) in other vacancies: allowed, but worth knowing
 */
public record CandidateDetails(CandidateSummary candidate, String notes, ResumeInfo resume,
                               List<StageHistoryEntry> history, List<CandidateSummary> elsewhere) {
}
