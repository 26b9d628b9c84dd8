package ru.rop.portal.retention;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The retention run on a schedule ({@code rop.privacy.retention-cron}, nightly by default; "-" switches it off).
 * With several instances each starts it; the lock row lets one erase and the others find nothing left.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RetentionJob {

    static final String SYSTEM = "system";
    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final RetentionRun run;

    RetentionJob(RetentionRun run) {
        this.run = run;
    }

    @Scheduled(cron = "${rop.privacy.retention-cron:0 30 3 * * *}")
    void nightly() {
        try {
            run.run(SYSTEM);
        } catch (PessimisticLockingFailureException e) {
            // Another instance has held the lock longer than the database waits: it is doing this run's work.
            log.info("Retention: another instance is running the erasure; skipped this time");
        }
    }
}
