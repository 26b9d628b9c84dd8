package ru.rop.portal.interview;

import java.time.Instant;

/** An interview as the candidate card lists it; no scores, so listing it never breaks blind scoring. */
public record InterviewSummary(long id, long candidateId, String interviewerName, boolean mine,
                               InterviewStatus status, int scored, int questions, Instant startedAt,
                               Instant submittedAt) {
}
