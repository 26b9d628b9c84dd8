package ru.rop.portal.bench;

import java.util.Arrays;
import java.util.function.Function;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import ru.rop.portal.report.CandidateProfile;
import ru.rop.portal.report.ReportFixtures;

/**
 * Timing harness, not a test: the candidate evaluation report of a fully assessed candidate (two interviews with
 * quotes, red flags, a scored case, a completed online assessment, a type) rendered to PDF with the vector radar,
 * as a person downloads it; then a batch of reports, as for a vacancy's finalists. Runs only with
 * {@code ./mvnw -Pbench verify} (see docs/performance.md); prints the median and 95th percentile after warm-up.
 * No Spring context: the renderer needs the model and the translations only.
 */
@Tag("benchmark")
class ReportBenchmark {

    private static final int WARM_UP = 30;
    private static final int RUNS = 100;
    private static final int BATCH = 100;

    @Test
    void candidateReport() {
        Function<CandidateProfile, byte[]> renderer = ReportFixtures.renderer();
        CandidateProfile full = ReportFixtures.full();
        for (int i = 0; i < WARM_UP; i++) {
            renderer.apply(full);
        }
        long[] times = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            renderer.apply(full);
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        System.out.printf("BENCH %-45s median %6.2f ms   p95 %6.2f ms%n", "candidate report PDF", times[RUNS / 2] / 1e6,
                times[RUNS * 95 / 100] / 1e6);
        long start = System.nanoTime();
        long bytes = 0;
        for (int i = 0; i < BATCH; i++) {
            bytes += renderer.apply(full).length;
        }
        System.out.printf("BENCH %-45s total  %6.2f s    (%d KB per report)%n", BATCH + " reports in a row",
                (System.nanoTime() - start) / 1e9, bytes / BATCH / 1024);
    }
}
