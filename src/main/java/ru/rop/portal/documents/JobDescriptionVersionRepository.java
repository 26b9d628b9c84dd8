package ru.rop.portal.documents;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface JobDescriptionVersionRepository extends JpaRepository<JobDescriptionVersion, Long> {

    Optional<JobDescriptionVersion> findFirstByVacancyIdOrderByNumberDesc(long vacancyId);

    Optional<JobDescriptionVersion> findByVacancyIdAndNumber(long vacancyId, int number);

    List<JobDescriptionVersion> findByVacancyIdOrderByNumberDesc(long vacancyId);
}
