package ru.rop.portal.candidate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import ru.rop.portal.common.UserFacingException;

/** A résumé is accepted by what it is, not by what it is called: a real PDF, or a real Word (DOCX) document. */
final class ResumeCheck {

    static final int MAX_BYTES = 10 * 1024 * 1024;
    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private ResumeCheck() {
    }

    /** @return the content type to store */
    static String contentType(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new UserFacingException("resume.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new UserFacingException("resume.too-big", MAX_BYTES / (1024 * 1024));
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".pdf") && startsWith(content, "%PDF-")) {
            return PDF;
        }
        if (name.endsWith(".docx") && isWordDocument(content)) {
            return DOCX;
        }
        throw new UserFacingException("resume.not-pdf-or-docx");
    }

    private static boolean startsWith(byte[] content, String magic) {
        byte[] expected = magic.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        if (content.length < expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (content[i] != expected[i]) {
                return false;
            }
        }
        return true;
    }

    /** A DOCX is a ZIP package whose main part is word/document.xml. */
    private static boolean isWordDocument(byte[] content) {
        if (!startsWith(content, "PK\u0003\u0004")) {
            return false;
        }
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if ("word/document.xml".equals(entry.getName())) {
                    return true;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
