package ru.rop.portal.candidate;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface CandidateRepository extends JpaRepository<Candidate, Long>, JpaSpecificationExecutor<Candidate> {

    Optional<Candidate> findFirstByVacancyIdAndEmail(long vacancyId, String email);

    Optional<Candidate> findFirstByVacancyIdAndPhoneDigits(long vacancyId, String phoneDigits);

    List<Candidate> findByEmailOrPhoneDigits(String email, String phoneDigits);

    List<Candidate> findByVacancyIdOrderByFullName(long vacancyId);

    long countByVacancyId(long vacancyId);
}
