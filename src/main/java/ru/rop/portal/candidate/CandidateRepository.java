package ru.rop.portal.candidate;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface CandidateRepository extends JpaRepository<Candidate, Long>, JpaSpecificationExecutor<Candidate> {

    Optional<Candidate> findFirstByVacancyIdAndEmail(long vacancyId, String email);

    Optional<Candidate> findFirstByVacancyIdAndPhoneDigits(long vacancyId, String phoneDigits);

    @Query("select new ru.rop.portal.candidate.LinkHolder(c.id, c.vacancyId, c.fullName, c.stage)"
            + " from Candidate c where c.id = :id")
    Optional<LinkHolder> findLinkHolder(long id);

    List<Candidate> findByEmailOrPhoneDigits(String email, String phoneDigits);

    List<Candidate> findByVacancyIdOrderByFullName(long vacancyId);

    /** Id, name, source, stage and creation of a vacancy's candidates, without loading their cards and tags. */
    @Query("select c.id, c.fullName, c.source, c.stage, c.createdAt from Candidate c where c.vacancyId = :vacancyId"
            + " order by c.id")
    List<Object[]> findJourneyHeads(long vacancyId);
}
