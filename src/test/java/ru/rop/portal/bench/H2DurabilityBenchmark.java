package ru.rop.portal.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Timing harness, not a test: what each durability level of the embedded H2 file costs per committed write. A
 * write is one transaction inserting a row the size of a candidate card, as an API call or an answer does.
 * Runs only with {@code ./mvnw -Pbench -Dtest=H2DurabilityBenchmark test} (see docs/performance.md). Levels:
 * H2's default (WRITE_DELAY=500: acknowledged in memory, written up to half a second later), WRITE_DELAY=0 (what
 * the portal uses: the commit's chunk is in the file, i.e. the OS cache, before the commit returns) and
 * WRITE_DELAY=0 with CHECKPOINT SYNC after each commit (also fsynced, so it survives a power loss).
 */
@Tag("benchmark")
class H2DurabilityBenchmark {

    private static final int WARM_UP = 200;
    private static final int RUNS = 2000;

    @Test
    void commitCost() throws Exception {
        measure("WRITE_DELAY=500 (H2 default)", ";WRITE_DELAY=500", false);
        measure("WRITE_DELAY=0 (portal)", ";WRITE_DELAY=0", false);
        measure("WRITE_DELAY=0 + CHECKPOINT SYNC per commit", ";WRITE_DELAY=0", true);
    }

    private static void measure(String label, String settings, boolean fsync) throws Exception {
        Path dir = Path.of("target", "bench-h2", UUID.randomUUID().toString()).toAbsolutePath();
        Files.createDirectories(dir);
        String url = "jdbc:h2:file:" + dir.resolve("bench") + ";MODE=MariaDB" + settings;
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("CREATE TABLE card (id BIGINT AUTO_INCREMENT PRIMARY KEY, full_name VARCHAR(200),"
                        + " email VARCHAR(200), notes VARCHAR(4000))");
            }
            connection.setAutoCommit(false);
            long[] nanos = new long[RUNS];
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO card (full_name, email, notes) VALUES (?, ?, ?)");
                 Statement sync = connection.createStatement()) {
                for (int i = 0; i < WARM_UP + RUNS; i++) {
                    long started = System.nanoTime();
                    write(insert, i);
                    connection.commit();
                    if (fsync) {
                        sync.execute("CHECKPOINT SYNC");
                    }
                    if (i >= WARM_UP) {
                        nanos[i - WARM_UP] = System.nanoTime() - started;
                    }
                }
            }
            Arrays.sort(nanos);
            long total = Arrays.stream(nanos).sum();
            System.out.printf("BENCH %-45s median %6.3f ms  p95 %6.3f ms  p99 %6.3f ms  %6.0f commits/s  file %d KB%n",
                    label, nanos[RUNS / 2] / 1e6, nanos[RUNS * 95 / 100] / 1e6, nanos[RUNS * 99 / 100] / 1e6,
                    RUNS / (total / 1e9), Files.size(dir.resolve("bench.mv.db")) / 1024);
        }
    }

    private static void write(PreparedStatement insert, int i) throws SQLException {
        insert.setString(1, "Иванова Мария Петровна " + i);
        insert.setString(2, "candidate-" + i + "@mail.test");
        insert.setString(3, "Вела отдел из 12 менеджеров, план 45 млн, факт 48 млн; CRM внедряла сама. ".repeat(4));
        insert.executeUpdate();
    }
}
