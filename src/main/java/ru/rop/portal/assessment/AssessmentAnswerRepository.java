package ru.rop.portal.assessment;

import jakarta.persistence.QueryHint;
import java.util.List;
import java.util.Optional;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

interface AssessmentAnswerRepository extends JpaRepository<AssessmentAnswer, Long> {

    List<AssessmentAnswer> findByInvitationId(long invitationId);

    /** Read after the caller's flush (the plan's): no automatic flush of its own. */
    @QueryHints(@QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT"))
    @Query("select new ru.rop.portal.assessment.GivenAnswer(a.itemKind, a.itemId, a.choice, a.leastChoice) "
            + "from AssessmentAnswer a where a.invitationId = :invitationId")
    List<GivenAnswer> given(long invitationId);

    Optional<AssessmentAnswer> findByInvitationIdAndItemKindAndItemId(long invitationId, AssessmentSection itemKind,
                                                                     String itemId);
}
