package ru.rop.portal.assessment;

import java.util.Optional;
import org.springframework.stereotype.Component;
import ru.rop.portal.privacy.SubmittedLinks;

/** A working link whose assessment was submitted: the talent pool is offered only there. */
@Component
class SubmittedAssessmentLinks implements SubmittedLinks {

    private final OpenLinks links;

    SubmittedAssessmentLinks(OpenLinks links) {
        this.links = links;
    }

    @Override
    public Optional<Long> submittedCandidate(String token, boolean lock) {
        return links.find(token, lock).map(OpenLinks.OpenLink::invitation).filter(Invitation::submitted)
                .map(Invitation::getCandidateId);
    }
}
