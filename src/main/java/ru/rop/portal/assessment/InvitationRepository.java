package ru.rop.portal.assessment;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface InvitationRepository extends JpaRepository<Invitation, Long> {

    Optional<Invitation> findByTokenHash(String tokenHash);

    /** For changes through the candidate's link: one device's answer cannot race another's or a submission. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from Invitation i where i.tokenHash = :tokenHash")
    Optional<Invitation> lockByTokenHash(String tokenHash);

    Optional<Invitation> findFirstByCandidateIdOrderByCreatedAtDescIdDesc(long candidateId);

    List<Invitation> findByCandidateId(long candidateId);

    List<Invitation> findBySubmittedAtAfterOrderBySubmittedAtDesc(Instant after);

    List<Invitation> findByCandidateIdIn(Collection<Long> candidateIds);
}
