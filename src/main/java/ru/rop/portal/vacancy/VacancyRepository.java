package ru.rop.portal.vacancy;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface VacancyRepository extends JpaRepository<Vacancy, Long> {

    List<Vacancy> findAllByOrderByCreatedAtDesc();

    @Query("select new ru.rop.portal.vacancy.VacancyHeading(v.title, v.companyName) from Vacancy v where v.id = :id")
    Optional<VacancyHeading> findHeading(long id);

    List<Vacancy> findAllByStatus(VacancyStatus status);
}
