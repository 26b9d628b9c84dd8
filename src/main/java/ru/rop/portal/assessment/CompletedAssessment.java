package ru.rop.portal.assessment;

import java.time.Instant;

public record CompletedAssessment(long candidateId, String candidateName, Instant submittedAt) {
}
