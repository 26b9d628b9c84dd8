package ru.rop.portal.retention;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface RetentionLockRepository extends JpaRepository<RetentionLock, Long> {

    /** SELECT … FOR UPDATE: a second instance waits here until the first run commits, then sees its result. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select l from RetentionLock l where l.id = :id")
    Optional<RetentionLock> lock(long id);
}
