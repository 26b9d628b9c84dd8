package ru.rop.portal.outcomes;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface OutcomeRepository extends JpaRepository<Outcome, Long> {

    List<Outcome> findByCandidateIdOrderByMonth(long candidateId);

    boolean existsByCandidateIdAndMonth(long candidateId, int month);

    void deleteByCandidateId(long candidateId);
}
