package ru.rop.portal.assessment;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssessmentAnswerRepository extends JpaRepository<AssessmentAnswer, Long> {

    List<AssessmentAnswer> findByInvitationId(long invitationId);

    Optional<AssessmentAnswer> findByInvitationIdAndItemKindAndItemId(long invitationId, AssessmentSection itemKind,
                                                                     String itemId);
}
