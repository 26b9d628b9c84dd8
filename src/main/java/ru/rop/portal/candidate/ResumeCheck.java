package ru.rop.portal.candidate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;
import ru.rop.portal.common.UserFacingException;

/**
 * A résumé is accepted by what it is, not by what it is called: a real PDF without scripts, actions or attached files,
 * or a real Word (DOCX) document that does not unpack into more than a résumé can hold.
 */
final class ResumeCheck {

    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /** A long résumé with photos has a few dozen parts and unpacks to a few megabytes. */
    static final int MAX_DOCX_ENTRIES = 1000;
    static final long MAX_DOCX_INFLATED_BYTES = 100L * 1024 * 1024;
    /** Text compresses about 10:1; zip bombs reach 1000:1. Small parts may compress better: they cost nothing. */
    static final long MAX_ENTRY_RATIO = 100;
    static final long RATIO_GRACE_BYTES = 100 * 1024;

    /** Keys and names that make a PDF do something when it is opened or clicked, or carry other files. */
    private static final Set<PdfName> ACTIVE = Set.of(PdfName.JS, PdfName.JAVASCRIPT, PdfName.LAUNCH, PdfName.AA,
            PdfName.EMBEDDEDFILE, PdfName.EMBEDDEDFILES, PdfName.RICHMEDIA);
    private static final Set<String> ACTIVE_NAMES = Set.of("JS", "JavaScript", "Launch", "AA", "EmbeddedFile",
            "EmbeddedFiles", "RichMedia");
    private static final int MAX_NESTING = 64;
    /** What the byte scan may inflate of a PDF that OpenPDF cannot read, before it gives up and refuses. */
    private static final long MAX_SCAN_INFLATED_BYTES = 50L * 1024 * 1024;

    private ResumeCheck() {
    }

    /** @return the content type to store */
    static String contentType(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new UserFacingException("resume.empty");
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".pdf") && startsWith(content, "%PDF-")) {
            if (isActivePdf(content)) {
                throw new UserFacingException("resume.pdf-active");
            }
            return PDF;
        }
        if (name.endsWith(".docx") && isWordDocument(content)) {
            return DOCX;
        }
        throw new UserFacingException("resume.not-pdf-or-docx");
    }

    /**
     * Control characters break headers and logs; bidirectional marks make «cv‮fdp.exe» look like «cvexe.pdf».
     */
    static void fileName(String fileName) {
        if (fileName == null) {
            return;
        }
        for (int i = 0; i < fileName.length(); i++) {
            char c = fileName.charAt(i);
            if (Character.getType(c) == Character.CONTROL || isBidiControl(c)) {
                throw new UserFacingException("resume.name-unsafe");
            }
        }
    }

    private static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E'
                || c == '\u200F' || c == '\u061C';
    }

    private static boolean startsWith(byte[] content, String magic) {
        byte[] expected = magic.getBytes(StandardCharsets.US_ASCII);
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

    /**
     * A DOCX is a ZIP package whose main part is word/document.xml. Only the central directory is read: the declared
     * sizes tell a zip bomb apart without inflating a byte of it.
     *
     * @throws UserFacingException {@code resume.docx-too-large} for a package that unpacks into too much
     */
    private static boolean isWordDocument(byte[] content) {
        if (!startsWith(content, "PK\u0003\u0004")) {
            return false;
        }
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get()) {
            boolean document = false;
            int entries = 0;
            long inflated = 0;
            for (Enumeration<ZipArchiveEntry> all = zip.getEntries(); all.hasMoreElements(); ) {
                ZipArchiveEntry entry = all.nextElement();
                long size = entry.getSize();
                long compressed = entry.getCompressedSize();
                inflated += Math.max(size, 0);
                if (++entries > MAX_DOCX_ENTRIES || size < 0 || inflated > MAX_DOCX_INFLATED_BYTES
                        || (size > RATIO_GRACE_BYTES && size > MAX_ENTRY_RATIO * Math.max(compressed, 1))) {
                    throw new UserFacingException("resume.docx-too-large");
                }
                document |= "word/document.xml".equals(entry.getName());
            }
            return document;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Walks every object of the PDF with OpenPDF (object streams included) for scripts, launch actions, attached
     * files, rich media and automatic actions; a PDF OpenPDF cannot read is scanned byte by byte instead.
     */
    static boolean isActivePdf(byte[] content) {
        PdfReader reader;
        try {
            reader = new PdfReader(content);
        } catch (IOException | RuntimeException unreadable) {
            return scanForActiveNames(content);
        }
        try {
            for (int i = 1; i < reader.getXrefSize(); i++) {
                if (isActive(reader.getPdfObjectRelease(i), 0)) {
                    return true;
                }
            }
            return isActive(reader.getCatalog(), 0);
        } catch (RuntimeException broken) {
            return scanForActiveNames(content);
        } finally {
            reader.close();
        }
    }

    private static boolean isActive(PdfObject object, int depth) {
        if (object == null || depth > MAX_NESTING) {
            return depth > MAX_NESTING;
        }
        if (object.isName()) {
            return ACTIVE.contains((PdfName) object);
        }
        if (object instanceof PdfDictionary dictionary) {
            for (PdfName key : dictionary.getKeys()) {
                // Indirect values are objects of their own: the walk over all objects reaches them.
                if (ACTIVE.contains(key) || isActive(dictionary.get(key), depth + 1)) {
                    return true;
                }
            }
        } else if (object instanceof PdfArray array) {
            for (PdfObject element : array.getElements()) {
                if (isActive(element, depth + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The raw bytes and every stream that inflates, searched for the same names (with #xx escapes decoded). */
    private static boolean scanForActiveNames(byte[] content) {
        if (hasActiveName(content, content.length)) {
            return true;
        }
        long budget = MAX_SCAN_INFLATED_BYTES;
        for (int at = indexOf(content, "stream", 0); at >= 0; at = indexOf(content, "stream", at + 6)) {
            int start = at + 6;
            if (start < content.length && content[start] == '\r') {
                start++;
            }
            if (start >= content.length || content[start] != '\n' || (at >= 3 && content[at - 3] == 'e'
                    && content[at - 2] == 'n' && content[at - 1] == 'd')) {
                continue;
            }
            int end = indexOf(content, "endstream", start + 1);
            if (end < 0) {
                break;
            }
            ByteArrayOutputStream inflated = new ByteArrayOutputStream();
            Inflater inflater = new Inflater();
            try {
                inflater.setInput(content, start + 1, end - start - 1);
                byte[] buffer = new byte[8192];
                while (!inflater.finished() && !inflater.needsInput()) {
                    int n = inflater.inflate(buffer);
                    if (n == 0 && (inflater.needsDictionary() || inflater.needsInput())) {
                        break;
                    }
                    budget -= n;
                    if (budget < 0) {
                        return true;
                    }
                    inflated.write(buffer, 0, n);
                }
            } catch (DataFormatException notDeflated) {
                // Not every stream is Flate-encoded; its raw bytes were searched above.
            } finally {
                inflater.end();
            }
            byte[] bytes = inflated.toByteArray();
            if (hasActiveName(bytes, bytes.length)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasActiveName(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            if (bytes[i] != '/') {
                continue;
            }
            StringBuilder name = new StringBuilder();
            int j = i + 1;
            while (j < length && !isDelimiter(bytes[j])) {
                if (bytes[j] == '#' && j + 2 < length && hex(bytes[j + 1]) >= 0 && hex(bytes[j + 2]) >= 0) {
                    name.append((char) (hex(bytes[j + 1]) * 16 + hex(bytes[j + 2])));
                    j += 3;
                } else {
                    name.append((char) (bytes[j] & 0xFF));
                    j++;
                }
            }
            if (ACTIVE_NAMES.contains(name.toString())) {
                return true;
            }
            i = j - 1;
        }
        return false;
    }

    private static boolean isDelimiter(byte b) {
        return b <= ' ' || b == '/' || b == '(' || b == ')' || b == '<' || b == '>' || b == '[' || b == ']'
                || b == '{' || b == '}' || b == '%';
    }

    private static int hex(byte b) {
        return Character.digit((char) (b & 0xFF), 16);
    }

    private static int indexOf(byte[] bytes, String token, int from) {
        byte[] t = token.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = Math.max(from, 0); i <= bytes.length - t.length; i++) {
            for (int k = 0; k < t.length; k++) {
                if (bytes[i + k] != t[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
