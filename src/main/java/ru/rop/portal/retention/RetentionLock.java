package ru.rop.portal.retention;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The one row a retention run holds locked while it erases, so two instances never erase side by side. */
@Entity
@Table(name = "retention_lock")
class RetentionLock {

    static final long THE_LOCK = 1L;

    @Id
    private Long id;
    private Instant lastRun;

    protected RetentionLock() {
    }

    void ran(Instant at) {
        lastRun = at;
    }
}
