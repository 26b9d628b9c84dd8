package ru.rop.portal.cases;

import jakarta.persistence.QueryHint;
import java.util.Collection;
import java.util.List;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

interface CaseAssignmentRepository extends JpaRepository<CaseAssignment, Long> {

    List<CaseAssignment> findByCandidateIdOrderByAssignedAtAscIdAsc(long candidateId);

    /**
     * The written cases without their raters' scores (which the assessment never shows), in the order given.
     * Read after the caller's flush (the plan's): no automatic flush of its own.
     */
    @QueryHints(@QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT"))
    @Query("select new ru.rop.portal.cases.WrittenCase(a.caseId, a.answer) from CaseAssignment a "
            + "where a.candidateId = :candidateId and a.mode = ru.rop.portal.cases.CaseMode.WRITTEN "
            + "order by a.assignedAt, a.id")
    List<WrittenCase> writtenCases(long candidateId);

    List<CaseAssignment> findByCandidateIdIn(Collection<Long> candidateIds);

    boolean existsByCandidateIdAndCaseId(long candidateId, String caseId);
}
