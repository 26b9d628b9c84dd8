package ru.rop.portal.assessment;

import java.util.Optional;
import org.springframework.stereotype.Component;
import ru.rop.portal.privacy.SubmittedLinks;

/** A working link whose assessment was submitted: the talent pool is offered only there. */
@Component
class SubmittedAssessmentLinks implements SubmittedLinks {

    private final CandidateAssessmentService assessments;

    SubmittedAssessmentLinks(CandidateAssessmentService assessments) {
        this.assessments = assessments;
    }

    @Override
    public Optional<Long> submittedCandidate(String token, boolean lock) {
        return assessments.lookup(token, lock).filter(Invitation::submitted).map(Invitation::getCandidateId);
    }
}
