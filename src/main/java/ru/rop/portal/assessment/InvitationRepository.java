package ru.rop.portal.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface InvitationRepository extends JpaRepository<Invitation, Long> {

    Optional<Invitation> findByTokenHash(String tokenHash);

    Optional<Invitation> findFirstByCandidateIdOrderByCreatedAtDescIdDesc(long candidateId);

    List<Invitation> findByCandidateId(long candidateId);

    List<Invitation> findBySubmittedAtAfterOrderBySubmittedAtDesc(Instant after);
}
