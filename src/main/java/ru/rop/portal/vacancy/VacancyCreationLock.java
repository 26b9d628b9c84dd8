package ru.rop.portal.vacancy;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The one row a vacancy creation holds locked while it looks for an open vacancy with the same title: titles are
 * unique only among open vacancies and only unless confirmed, which no unique key can express.
 */
@Entity
@Table(name = "vacancy_creation_lock")
class VacancyCreationLock {

    static final long THE_LOCK = 1L;

    @Id
    private Long id;

    protected VacancyCreationLock() {
    }
}
