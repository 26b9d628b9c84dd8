package ru.rop.portal.retention;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import ru.rop.portal.candidate.ErasureReason;
import ru.rop.portal.candidate.PersonalDataEraser;

/**
 * One retention run: under the lock row, erases every candidate whose data is due, in one transaction, so the run
 * produces one destruction record listing them all, or, failing, erases nobody.
 */
@Component
class RetentionRun {

    private static final Logger log = LoggerFactory.getLogger(RetentionRun.class);

    private final RetentionLockRepository locks;
    private final RetentionPlan plan;
    private final PersonalDataEraser eraser;
    private final Clock clock;

    RetentionRun(RetentionLockRepository locks, RetentionPlan plan, PersonalDataEraser eraser, Clock clock) {
        this.locks = locks;
        this.plan = plan;
        this.eraser = eraser;
        this.clock = clock;
    }

    /**
     * Read-committed, so the plan made after the lock is granted sees what a run that held it before committed,
     * whichever database: a candidate it erased is not erased twice.
     *
     * @param actor who runs it, for the erasure records: "system" for the schedule, the owner's name otherwise
     * @return how many candidates were erased
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public int run(String actor) {
        RetentionLock lock = locks.lock(RetentionLock.THE_LOCK)
                .orElseThrow(() -> new IllegalStateException("The retention_lock row is missing (migration V8)"));
        Instant now = clock.instant();
        List<DueErasure> due = plan.at(now).stream().filter(DueErasure::overdue).toList();
        for (DueErasure erasure : due) {
            eraser.erase(erasure.candidateId(), ErasureReason.RETENTION, actor);
        }
        lock.ran(now);
        locks.save(lock);
        if (!due.isEmpty()) {
            log.info("Retention: erased the personal data of {} candidate(s) whose retention period ended",
                    due.size());
        }
        return due.size();
    }
}
