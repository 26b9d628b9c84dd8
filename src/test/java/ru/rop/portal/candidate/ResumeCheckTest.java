package ru.rop.portal.candidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfAction;
import org.openpdf.text.pdf.PdfWriter;
import ru.rop.portal.common.UserFacingException;

/** Issue 17, points 3 and 9: zip bombs, active PDFs and deceptive names are refused before anything is stored. */
class ResumeCheckTest {

    @Test
    void aDocxWhosePartsUnpackToGigabytesIsRefusedFromItsDirectoryAlone() throws IOException {
        // Six parts of 20 MiB of zeros each: 120 MiB declared, about 120 KiB on the wire.
        byte[] bomb = docx(zip -> {
            for (int i = 0; i < 6; i++) {
                put(zip, "word/media/part" + i + ".bin", new byte[20 * 1024 * 1024]);
            }
        });
        assertThat(bomb.length).as("under the upload limit").isLessThan(10 * 1024 * 1024);
        long started = System.nanoTime();
        assertRefused("cv.docx", bomb, "resume.docx-too-large");
        assertThat((System.nanoTime() - started) / 1_000_000).as("ms to refuse, nothing inflated").isLessThan(500);
    }

    @Test
    void aDocxWithOnePartCompressedBeyondAnyDocumentIsRefused() throws IOException {
        byte[] bomb = docx(zip -> put(zip, "word/media/zeros.bin", new byte[5 * 1024 * 1024]));
        assertRefused("cv.docx", bomb, "resume.docx-too-large");
    }

    @Test
    void aDocxWithThousandsOfPartsIsRefused() throws IOException {
        byte[] many = docx(zip -> {
            for (int i = 0; i <= ResumeCheck.MAX_DOCX_ENTRIES; i++) {
                put(zip, "word/p" + i + ".xml", new byte[1]);
            }
        });
        assertRefused("cv.docx", many, "resume.docx-too-large");
    }

    @Test
    void anOrdinaryDocxIsAccepted() throws IOException {
        byte[] cv = docx(zip -> put(zip, "word/media/photo.jpg", "not really a photo".repeat(1000)
                .getBytes(StandardCharsets.US_ASCII)));
        assertThat(ResumeCheck.contentType("Резюме.docx", cv)).isEqualTo(ResumeCheck.DOCX);
    }

    @Test
    void aPdfThatRunsJavaScriptOnOpenIsRefused() throws Exception {
        assertRefused("cv.pdf", pdf(false, w -> w.setOpenAction(PdfAction.javaScript("app.alert('x')", w))),
                "resume.pdf-active");
        // A document script inside a compressed object stream, where a byte scan of the file finds nothing.
        byte[] compressed = pdf(true, w -> w.addJavaScript("app.alert('x')"));
        assertThat(new String(compressed, StandardCharsets.ISO_8859_1)).contains("/ObjStm")
                .doesNotContain("/JavaScript").doesNotContain("/JS");
        assertRefused("cv.pdf", compressed, "resume.pdf-active");
    }

    @Test
    void documentScriptsLaunchActionsAttachmentsAndPageActionsAreRefused() throws Exception {
        assertRefused("cv.pdf", pdf(false, w -> w.addJavaScript("app.alert('x')")), "resume.pdf-active");
        assertRefused("cv.pdf", pdf(false, w -> w.setOpenAction(PdfAction.createLaunch("calc.exe", null, null, null))),
                "resume.pdf-active");
        assertRefused("cv.pdf", pdf(false, w -> {
            try {
                w.addFileAttachment("payload", "MZ".getBytes(StandardCharsets.US_ASCII), null, "payload.exe");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }), "resume.pdf-active");
        assertRefused("cv.pdf", pdf(false, w -> {
            try {
                w.setAdditionalAction(PdfWriter.DOCUMENT_CLOSE, PdfAction.gotoLocalPage("top", false));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }), "resume.pdf-active");
    }

    @Test
    void aPlainPdfIsAccepted() throws Exception {
        assertThat(ResumeCheck.contentType("cv.pdf", pdf(true, w -> { }))).isEqualTo(ResumeCheck.PDF);
        assertThat(ResumeCheck.contentType("cv.pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(ResumeCheck.PDF);
    }

    @Test
    void aPdfOpenPdfCannotReadIsScannedIncludingItsCompressedStreams() throws IOException {
        // Names may be written with #xx escapes: /J#61vaScript is /JavaScript.
        assertRefused("cv.pdf", ("%PDF-1.4\n1 0 obj << /S /J#61vaScript /JS (app.alert(1)) >> endobj\n")
                .getBytes(StandardCharsets.US_ASCII), "resume.pdf-active");
        ByteArrayOutputStream hidden = new ByteArrayOutputStream();
        hidden.write("%PDF-1.5\n2 0 obj << /Type /ObjStm /Filter /FlateDecode >> stream\n"
                .getBytes(StandardCharsets.US_ASCII));
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(hidden, new Deflater(), 512, false) {
            @Override
            public void close() throws IOException {
                finish();
            }
        }) {
            deflate.write("<< /Type /Action /S /Launch /F (cmd.exe) >>".getBytes(StandardCharsets.US_ASCII));
        }
        hidden.write("\nendstream endobj\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(hidden.toString(StandardCharsets.ISO_8859_1)).doesNotContain("/Launch");
        assertRefused("cv.pdf", hidden.toByteArray(), "resume.pdf-active");
    }

    @Test
    void namesWithControlOrBidirectionalCharactersAreRefused() {
        for (String name : new String[] {"cv\u202Efdp.exe", "cv\r\nX-Injected: 1.pdf", "cv\u0000.pdf", "a\u2066b.pdf",
                "a\u200Fb.pdf", "tab\there.pdf"}) {
            assertThatThrownBy(() -> ResumeCheck.fileName(name)).as(name).isInstanceOf(UserFacingException.class)
                    .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("resume.name-unsafe");
        }
        assertThatCode(() -> ResumeCheck.fileName("Орлов \"CV\" 2026 (итог).pdf")).doesNotThrowAnyException();
    }

    private static void assertRefused(String name, byte[] content, String key) {
        assertThatThrownBy(() -> ResumeCheck.contentType(name, content)).isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo(key);
    }

    private interface ZipContent {
        void write(ZipOutputStream zip) throws IOException;
    }

    private static byte[] docx(ZipContent more) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            put(zip, "[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8));
            put(zip, "word/document.xml", "<w:document/>".getBytes(StandardCharsets.UTF_8));
            more.write(zip);
        }
        return out.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private static byte[] pdf(boolean fullCompression, Consumer<PdfWriter> extra) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter writer = PdfWriter.getInstance(document, out);
        if (fullCompression) {
            writer.setFullCompression();
        }
        document.open();
        document.add(new Paragraph("Ivanov Ivan, head of sales"));
        extra.accept(writer);
        document.close();
        return out.toByteArray();
    }
}
