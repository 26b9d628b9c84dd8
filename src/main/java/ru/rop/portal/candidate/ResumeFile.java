package ru.rop.portal.candidate;

/** A résumé's content for download. */
public record ResumeFile(String fileName, String contentType, byte[] content) {
}
