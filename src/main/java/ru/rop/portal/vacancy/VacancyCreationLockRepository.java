package ru.rop.portal.vacancy;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface VacancyCreationLockRepository extends JpaRepository<VacancyCreationLock, Long> {

    /** SELECT … FOR UPDATE: a second creation waits here until the first commits, then sees its vacancy. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select l from VacancyCreationLock l where l.id = :id")
    Optional<VacancyCreationLock> lock(long id);
}
