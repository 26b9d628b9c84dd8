package ru.rop.portal.candidate;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface StageChangeRepository extends JpaRepository<StageChange, Long> {

    List<StageChange> findByCandidateIdOrderByChangedAtAscIdAsc(long candidateId);
}
