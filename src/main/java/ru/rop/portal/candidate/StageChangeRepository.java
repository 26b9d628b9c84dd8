package ru.rop.portal.candidate;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StageChangeRepository extends JpaRepository<StageChange, Long> {

    List<StageChange> findByCandidateIdOrderByChangedAtAscIdAsc(long candidateId);

    /** Candidate id and the last time they moved into the stage they are in now, for those in a final stage. */
    @Query("select h.candidateId, max(h.changedAt) from StageChange h join Candidate c on c.id = h.candidateId"
            + " where h.toStage = c.stage and c.stage in (ru.rop.portal.candidate.Stage.HIRED,"
            + " ru.rop.portal.candidate.Stage.REJECTED) group by h.candidateId")
    List<Object[]> finalStageReached();

    /** Every move of every candidate of a vacancy, in order: the cockpit's whole input in one query. */
    @Query("select h from StageChange h where h.candidateId in (select c.id from Candidate c"
            + " where c.vacancyId = :vacancyId) order by h.candidateId, h.changedAt, h.id")
    List<StageChange> findByVacancy(long vacancyId);
}
