package ru.rop.portal.assessment;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import ru.rop.portal.candidate.CandidateLookup;
import ru.rop.portal.candidate.LinkHolder;
import ru.rop.portal.common.UserFacingException;
import ru.rop.portal.vacancy.VacancyHeading;
import ru.rop.portal.vacancy.VacancyLookup;

/**
 * A candidate's link within one call of theirs: whether it works, and the plan their page is drawn from. Every
 * method runs inside the caller's transaction.
 */
@Component
class OpenLinks {

    private final InvitationRepository invitations;
    private final CandidateLookup candidates;
    private final VacancyLookup vacancies;
    private final InvitationConsents consents;
    private final AssessmentPlanner planner;
    private final Clock clock;

    OpenLinks(InvitationRepository invitations, CandidateLookup candidates, VacancyLookup vacancies,
              InvitationConsents consents, AssessmentPlanner planner, Clock clock) {
        this.invitations = invitations;
        this.candidates = candidates;
        this.vacancies = vacancies;
        this.consents = consents;
        this.planner = planner;
        this.clock = clock;
    }

    /**
     * A working link within one step: the invitation as a managed entity (the step changes it; the commit writes
     * it) and its candidate as values, read once for the check and the page alike.
     */
    record OpenLink(Invitation invitation, LinkHolder holder) {
    }

    /**
     * A link works while the invitation is neither revoked nor expired and the hiring of this candidate is still
     * open: after «hired» or «rejected» the purpose of the processing is over.
     *
     * @param lock whether the invitation's row is locked for the step
     */
    Optional<OpenLink> find(@Nullable String token, boolean lock) {
        if (token == null || token.length() < 20 || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        String hash = AssessmentTokens.hash(token);
        return (lock ? invitations.lockByTokenHash(hash) : invitations.findByTokenHash(hash))
                .filter(i -> i.usable(now))
                .flatMap(i -> candidates.linkHolder(i.getCandidateId())
                        .filter(c -> !c.stage().terminal() || i.submitted())
                        .map(c -> new OpenLink(i, c)));
    }

    /**
     * The link of a step that changes something, locked.
     *
     * @param answering the call changes answers: it needs the consent and an unsubmitted assessment
     */
    OpenLink change(String token, boolean answering) {
        OpenLink link = find(token, true).orElseThrow(LinkClosedException::new);
        if (link.invitation().submitted()) {
            throw new AssessmentSubmittedException();
        }
        if (answering && !link.invitation().consented()) {
            throw new UserFacingException("assessment.consent.required");
        }
        return link;
    }

    /** The plan as the database has it, with the step's own changes. */
    AssessmentPlan plan(OpenLink link) {
        Invitation invitation = link.invitation();
        // The step's own changes reach the database once here; the plan's queries then skip the automatic flush
        // (a pass over every loaded entity) that each would do otherwise.
        invitations.flush();
        VacancyHeading vacancy = vacancies.heading(link.holder().vacancyId()).orElseThrow();
        return new AssessmentPlan(link.holder().fullName(), vacancy.companyName(), vacancy.title(),
                consents.current(invitation, link.holder().fullName(), vacancy), invitation.consented(),
                invitation.submitted(), invitation.getCurrentStep(), invitation.getExpiresAt(),
                planner.sections(invitation), draftKey(invitation), invitation.getVersion());
    }

    /**
     * The plan a page was drawn from while it still shows the invitation as it is: every step saved through the link
     * makes a new version, so an equal version means no other device or owner changed anything since. Null when the
     * plan has to be read again. Asked before the step changes anything.
     */
    @Nullable AssessmentPlan current(OpenLink link, @Nullable AssessmentPlan drawn) {
        Invitation invitation = link.invitation();
        return drawn != null && drawn.revision() == invitation.getVersion()
                && drawn.draftKey().equals(draftKey(invitation)) ? drawn : null;
    }

    /**
     * The plan to draw after a step: the page's plan with the step's change while it was current (see
     * {@link #current}), else the plan read again. The step is counted here, so every step gives the invitation a new
     * version whatever else it changed.
     */
    AssessmentPlan afterStep(OpenLink link, @Nullable AssessmentPlan current, UnaryOperator<AssessmentPlan> change) {
        Invitation invitation = link.invitation();
        invitation.stepTaken();
        if (current == null) {
            return plan(link);
        }
        // Written now, so the plan can carry the version the step made.
        invitations.flush();
        return change.apply(current).at(invitation.getCurrentStep(), invitation.getVersion());
    }

    private static String draftKey(Invitation invitation) {
        return "a" + invitation.getId();
    }
}
