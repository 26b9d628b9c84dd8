package ru.rop.portal.candidate;

import java.time.Instant;
import java.util.Set;

public record CandidateSummary(long id, long vacancyId, String fullName, String email, String phone, String city,
                               Source source, String currentPosition, String currentCompany, Integer expectedSalary,
                               Stage stage, String rejectionReason, Set<String> tags, Instant createdAt,
                               Instant updatedAt, long version) {
}
