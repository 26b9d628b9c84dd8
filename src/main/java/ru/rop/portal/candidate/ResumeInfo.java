package ru.rop.portal.candidate;

import java.time.Instant;

public record ResumeInfo(String fileName, String contentType, long sizeBytes, Instant uploadedAt, String uploadedBy) {
}
