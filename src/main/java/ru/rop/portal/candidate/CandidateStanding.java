package ru.rop.portal.candidate;

import java.time.Instant;

/**
 * Where a candidate stands for the retention of their personal data.
 *
 * @param decidedAt when the candidate last reached «hired» or «rejected»; null while the hiring of them is open
 */
public record CandidateStanding(long id, long vacancyId, String fullName, Stage stage, Instant decidedAt) {
}
