package ru.rop.portal.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/** The realistic job description the tests and the benchmark use, and a place to leave files for people to open. */
final class SampleDocuments {

    static final String FILE = "documents/job-description.txt";
    static final String HEADER = "ООО «Северный ветер» — должностная инструкция руководителя отдела продаж";
    static final String PAGE_FORMAT = "Страница {0} из {1}";

    private SampleDocuments() {
    }

    static String jobDescriptionMarkup() {
        try (InputStream in = SampleDocuments.class.getClassLoader().getResourceAsStream(FILE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static OfficeDocument jobDescription() {
        return DocumentMarkup.parse(FILE, jobDescriptionMarkup());
    }

    /** Leaves the file under target/docs/ for a person to open; the tests read the bytes, not the file. */
    static void keep(String name, byte[] content) throws IOException {
        Path dir = Path.of("target", "docs");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), content);
    }

    /** The PDF's text as a reader sees it, every run of white space (line and page breaks too) one space. */
    static String pdfText(byte[] pdf) throws IOException {
        try (PdfReader reader = new PdfReader(pdf)) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString().replaceAll("\\s+", " ");
        }
    }

    /** The Word file's paragraphs, one a line, with headers; tabs (after clause numbers) become spaces. */
    static String docxText(byte[] docx) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            StringBuilder text = new StringBuilder();
            document.getHeaderList().forEach(h -> text.append(h.getText()).append('\n'));
            for (XWPFParagraph paragraph : document.getParagraphs()) {
                text.append(paragraph.getText()).append('\n');
            }
            document.getTables().forEach(t -> text.append(t.getText()).append('\n'));
            return text.toString().replaceAll("[ \\t]+", " ");
        }
    }
}
