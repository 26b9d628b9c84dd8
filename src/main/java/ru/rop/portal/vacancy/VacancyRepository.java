package ru.rop.portal.vacancy;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface VacancyRepository extends JpaRepository<Vacancy, Long> {

    List<Vacancy> findAllByOrderByCreatedAtDesc();

    List<Vacancy> findAllByStatus(VacancyStatus status);
}
