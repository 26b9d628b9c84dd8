package ru.rop.portal.storage;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import ru.rop.portal.candidate.CandidateDeleted;

/**
 * Rewrites the H2 file after erasures so the erased data is in no byte of it. H2 never overwrites a deleted row:
 * its old versions stay in superseded chunks, and neither CHECKPOINT nor online compaction (RETENTION_TIME=0,
 * compactFile) reliably clears the freed space, which keeps the stale bytes. SHUTDOWN COMPACT writes only live
 * data into a new file. It closes the database, so the pool is suspended first: requests wait (about a second on
 * a small database) instead of failing, and then reconnect, which reopens the file. Runs at night, after the
 * retention run, and only when something was erased; does nothing on MariaDB.
 */
@Component
public class DatabaseScrub {

    private static final Logger log = LoggerFactory.getLogger(DatabaseScrub.class);
    /** How long running requests may finish before the scrub gives up for this night. */
    private static final Duration DRAIN = Duration.ofSeconds(20);

    private final DataSource dataSource;
    /** True at start too: an erasure before the last restart may not have been scrubbed. */
    private final AtomicBoolean erased = new AtomicBoolean(true);

    DatabaseScrub(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    // CandidateDeleted, not CandidateErased: an after-commit listener's event is stored in the event publication
    // registry (webhooks), and CandidateErased carries the erased person's name.
    @TransactionalEventListener(fallbackExecution = true)
    void on(CandidateDeleted event) {
        erased.set(true);
    }

    @Scheduled(cron = "${rop.storage.scrub-cron:0 45 3 * * *}")
    void nightly() {
        if (erased.get()) {
            scrub();
        }
    }

    /** @return whether the file was rewritten (false on MariaDB, or when requests did not finish in time) */
    public synchronized boolean scrub() {
        if (!(dataSource instanceof HikariDataSource hikari) || !EmbeddedDatabase.isH2File(hikari.getJdbcUrl())) {
            return false;
        }
        erased.set(false);
        long started = System.nanoTime();
        try (Connection connection = hikari.getConnection()) {
            HikariPoolMXBean pool = hikari.getHikariPoolMXBean();
            pool.suspendPool();
            try {
                if (!drained(pool)) {
                    erased.set(true);
                    log.warn("Erased data not yet scrubbed from the H2 file: requests still running after {};"
                            + " the next run tries again", DRAIN);
                    return false;
                }
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SHUTDOWN COMPACT");
                }
                // Every pooled connection belongs to the closed database: new ones reopen the rewritten file.
                pool.softEvictConnections();
            } finally {
                pool.resumePool();
            }
        } catch (SQLException e) {
            erased.set(true);
            log.error("Erased data not yet scrubbed from the H2 file; the next run tries again", e);
            return false;
        }
        log.info("H2 file rewritten without erased data in {} ms", (System.nanoTime() - started) / 1_000_000);
        return true;
    }

    /** Waits until this scrub's connection is the only one in use. */
    private static boolean drained(HikariPoolMXBean pool) {
        long deadline = System.nanoTime() + DRAIN.toNanos();
        while (pool.getActiveConnections() > 1) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
