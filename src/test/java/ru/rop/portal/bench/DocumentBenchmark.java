package ru.rop.portal.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import ru.rop.portal.common.AppI18NProvider;
import ru.rop.portal.documents.DocumentDocx;
import ru.rop.portal.documents.DocumentMarkup;
import ru.rop.portal.documents.DocumentPdf;

/**
 * Timing harness, not a test: a realistic job description (60 clauses in 6 sections, the approval stamp and the
 * signatures) read from its markup and rendered the way a person downloads it, as PDF and as DOCX. Runs only with
 * {@code ./mvnw -Pbench verify} (see docs/performance.md); prints the median and 95th percentile after warm-up.
 * No Spring context: the renderers need nothing but the translations.
 */
@Tag("benchmark")
class DocumentBenchmark {

    private static final String FILE = "documents/job-description.txt";
    private static final int WARM_UP = 50;
    private static final int RUNS = 200;

    private final DocumentPdf pdf = new DocumentPdf(new AppI18NProvider());
    private final DocumentDocx docx = new DocumentDocx(new AppI18NProvider());

    @Test
    void jobDescription() throws IOException {
        String markup = markup();
        report("markup parse only", () -> DocumentMarkup.parse(FILE, markup));
        report("parse + PDF", () -> pdf.render(DocumentMarkup.parse(FILE, markup), "ООО «Северный ветер»",
                "Страница {0} из {1}"));
        report("parse + DOCX", () -> docx.render(DocumentMarkup.parse(FILE, markup), "", "Страница {0} из {1}"));
        System.out.printf("BENCH sizes: PDF %d KB, DOCX %d KB%n",
                pdf.render(DocumentMarkup.parse(FILE, markup), "", "{0}/{1}").length / 1024,
                docx.render(DocumentMarkup.parse(FILE, markup), "", "{0}/{1}").length / 1024);
    }

    private static String markup() throws IOException {
        try (InputStream in = DocumentBenchmark.class.getClassLoader().getResourceAsStream(FILE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void report(String what, Supplier<Object> action) {
        for (int i = 0; i < WARM_UP; i++) {
            action.get();
        }
        long[] times = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            action.get();
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        System.out.printf("BENCH %-45s median %6.2f ms   p95 %6.2f ms%n", what, times[RUNS / 2] / 1e6,
                times[RUNS * 95 / 100] / 1e6);
    }
}
