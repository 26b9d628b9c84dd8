package ru.rop.portal.interview;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface InterviewRepository extends JpaRepository<Interview, Long> {

    Optional<Interview> findByCandidateIdAndInterviewer(long candidateId, String interviewer);

    List<Interview> findByCandidateIdOrderByStartedAtAsc(long candidateId);

    List<Interview> findByCandidateIdInAndStatus(Collection<Long> candidateIds, InterviewStatus status);

    List<Interview> findByInterviewerAndStatus(String interviewer, InterviewStatus status);
}
