package ru.rop.portal.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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
}
