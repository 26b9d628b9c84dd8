package ru.rop.portal.assessment;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseAssignmentRepository extends JpaRepository<CaseAssignment, Long> {

    List<CaseAssignment> findByCandidateIdOrderByAssignedAtAscIdAsc(long candidateId);

    List<CaseAssignment> findByCandidateIdIn(Collection<Long> candidateIds);

    boolean existsByCandidateIdAndCaseId(long candidateId, String caseId);
}
