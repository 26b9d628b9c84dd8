package ru.rop.portal.assessment;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import ru.rop.portal.assessment.OpenLinks.OpenLink;
import ru.rop.portal.candidate.LinkHolder;
import ru.rop.portal.candidate.Stage;
import ru.rop.portal.candidate.StageAutomation;
import ru.rop.portal.cases.CandidateCases;
import ru.rop.portal.cases.CaseService;
import ru.rop.portal.common.AuditEvent;
import ru.rop.portal.common.FormRules;
import ru.rop.portal.common.PublicLinks;
import ru.rop.portal.common.RetryOnWriteConflict;
import ru.rop.portal.common.Routes;
import ru.rop.portal.common.UserFacingException;

/**
 * The candidate's side of the online assessment, reached only through their link: every call presents the token,
 * and a token that is unknown, revoked or expired opens nothing. There is no account and no role; the token is
 * the candidate's right. Answers are written the moment they are given; once submitted nothing changes.
 */
@Service
public class CandidateAssessmentService {

    /** The actor in the stage history and in records the candidate makes. */
    static final String CANDIDATE_ACTOR = "candidate";

    private final OpenLinks openLinks;
    private final InvitationRepository invitations;
    private final AssessmentAnswerRepository answers;
    private final CandidateCases cases;
    private final AssessmentLibrary library;
    private final StageAutomation stages;
    private final InvitationConsents consents;
    private final InvitationMails mails;
    private final PublicLinks links;
    private final Clock clock;
    private final LinkGuard guard;
    private final ApplicationEventPublisher events;

    CandidateAssessmentService(OpenLinks openLinks, InvitationRepository invitations,
                               AssessmentAnswerRepository answers, CandidateCases cases, AssessmentLibrary library,
                               StageAutomation stages, InvitationConsents consents, InvitationMails mails,
                               PublicLinks links, Clock clock, LinkGuard guard, ApplicationEventPublisher events) {
        this.openLinks = openLinks;
        this.invitations = invitations;
        this.answers = answers;
        this.cases = cases;
        this.library = library;
        this.stages = stages;
        this.consents = consents;
        this.mails = mails;
        this.links = links;
        this.clock = clock;
        this.guard = guard;
        this.events = events;
    }

    /** Whether the token opens an assessment (for the guard against guessing). */
    @Transactional(readOnly = true)
    public boolean valid(String token) {
        return openLinks.find(token, false).isPresent();
    }

    /**
     * The assessment behind the link, noting the first opening; empty for an unknown, revoked or expired link,
     * with nothing that tells which. A wrong link counts against the address, wherever it was opened from.
     */
    @Transactional
    public Optional<AssessmentPlan> open(String token, String address) {
        Optional<OpenLink> found = openLinks.find(token, false);
        if (found.isEmpty()) {
            guard.failed(address == null ? "" : address);
            return Optional.empty();
        }
        found.get().invitation().opened(clock.instant());
        return Optional.of(openLinks.plan(found.get()));
    }

    /**
     * The assessment as it stands, for drawing the next page after a step: only reads, so the many redraws of a
     * candidate's session neither write the invitation again nor have their loaded answers checked for changes.
     *
     * @throws LinkClosedException when the link stopped working meanwhile
     */
    @Transactional(readOnly = true)
    public AssessmentPlan current(String token) {
        return openLinks.find(token, false).map(openLinks::plan).orElseThrow(LinkClosedException::new);
    }

    /**
     * The address has opened too many wrong links lately: it is told to wait, not shown another page, whatever the
     * link.
     */
    public boolean throttled(@Nullable String address) {
        return guard.refused(address);
    }

    /**
     * @param version the consent version the candidate was shown; a text changed since is shown again first
     * @throws ConsentChangedException when the version is no longer current
     */
    @RetryOnWriteConflict
    @Transactional
    public AssessmentPlan consent(String token, String address, String version) {
        OpenLink link = openLinks.change(token, false);
        Invitation invitation = link.invitation();
        if (!consents.version().equals(version)) {
            throw new ConsentChangedException();
        }
        if (!invitation.consented()) {
            // The words themselves are kept, with their hash: what was agreed to, whatever the file says later.
            invitation.consent(version, openLinks.plan(link).consent().text(), address == null ? "" : address,
                    clock.instant());
            audit(link.holder(), "assessment consent " + version);
        }
        return openLinks.plan(link);
    }

    /**
     * A section begins; like every step that moves the page, it remembers where the candidate goes next and
     * returns the plan to draw that page from, all in one transaction (one lookup of the link, one commit). The
     * plan is read afresh: cases the owner assigned meanwhile appear from here on.
     *
     * @param next the step the page moves to (see {@link #moveTo}); null leaves the remembered step as it is
     */
    @RetryOnWriteConflict
    @Transactional
    public AssessmentPlan startSection(String token, AssessmentSection section, @Nullable String next) {
        OpenLink link = openLinks.change(token, true);
        link.invitation().sectionStarted(section, clock.instant());
        remember(link, next);
        return openLinks.afterStep(link, null, UnaryOperator.identity());
    }

    /** A situational item's chosen option, for a caller that draws nothing from an earlier plan. */
    @RetryOnWriteConflict
    @Transactional
    public AssessmentPlan choose(String token, String itemId, String optionId, int seconds, @Nullable String next) {
        return choose(token, null, itemId, optionId, seconds, next);
    }

    /**
     * A situational item's chosen option.
     *
     * @param drawn the plan the page was drawn from: while it is current (no other device saved since), the plan
     *              returned is this one with the step applied, and nothing more is read
     * @param next the step the page moves to; null leaves the remembered step as it is
     * @return the plan with the answer, to draw the next page from
     */
    @RetryOnWriteConflict
    @Transactional
    public AssessmentPlan choose(String token, @Nullable AssessmentPlan drawn, String itemId, String optionId,
                                 int seconds, @Nullable String next) {
        OpenLink link = openLinks.change(token, true);
        @Nullable AssessmentPlan current = openLinks.current(link, drawn);
        SituationalItem item = library.situationalItems().stream().filter(i -> i.id().equals(itemId)).findFirst()
                .orElseThrow(() -> new UserFacingException("assessment.item.unknown"));
        if (item.options().stream().noneMatch(o -> o.id().equals(optionId))) {
            throw new UserFacingException("assessment.item.unknown");
        }
        // A situation's answer is stored exactly when a plan shows its choice: a current plan spares the lookup.
        boolean unanswered = current != null && current.item(AssessmentSection.SITUATIONAL, itemId)
                .filter(shown -> shown.answer() == null).isPresent();
        AssessmentAnswer answer = unanswered
                ? new AssessmentAnswer(link.invitation().getId(), AssessmentSection.SITUATIONAL, itemId)
                : answer(link.invitation(), AssessmentSection.SITUATIONAL, itemId);
        answer.choose(optionId, clock.instant());
        answer.spent(seconds);
        answers.save(answer);
        remember(link, next);
        return openLinks.afterStep(link, current,
                plan -> plan.answered(AssessmentSection.SITUATIONAL, itemId, optionId, null));
    }

    /** A forced-choice block's marks, for a caller that draws nothing from an earlier plan. */
    @RetryOnWriteConflict
    @Transactional
    public AssessmentPlan rank(String token, String blockId, String most, String least, int seconds) {
        return rank(token, null, blockId, most, least, seconds);
    }

    /**
     * A forced-choice block's marks as they stand, saved at every pick: while the candidate is choosing either may
     * be null (a block counts as answered once both are made), but one statement cannot be both.
     *
     * @param drawn the plan the page was drawn from (see {@link #choose(String, AssessmentPlan, String, String, int,
     *              String)})
     * @param most the id of the statement marked «most like me», or null
     * @param least the id of the statement marked «least like me», or null
     * @return the plan with the marks, to redraw the page's progress from
     * @throws UserFacingException {@code assessment.item.unknown} for a block or statement not in the assessment,
     *                             {@code assessment.block.same} when both marks name one statement; nothing changes
     */
    @RetryOnWriteConflict
    @Transactional
    public AssessmentPlan rank(String token, @Nullable AssessmentPlan drawn, String blockId, String most,
                               String least, int seconds) {
        OpenLink link = openLinks.change(token, true);
        @Nullable AssessmentPlan current = openLinks.current(link, drawn);
        SelfAssessmentBlock block = library.block(blockId)
                .orElseThrow(() -> new UserFacingException("assessment.item.unknown"));
        for (String statement : new String[] {most, least}) {
            if (statement != null && block.statement(statement).isEmpty()) {
                throw new UserFacingException("assessment.item.unknown");
            }
        }
        if (most != null && most.equals(least)) {
            throw new UserFacingException("assessment.block.same");
        }
        AssessmentAnswer answer = answer(link.invitation(), AssessmentSection.SELF, blockId);
        answer.rank(most, least, clock.instant());
        answer.spent(seconds);
        answers.save(answer);
        return openLinks.afterStep(link, current, plan -> plan.answered(AssessmentSection.SELF, blockId, most, least));
    }

    /**
     * A written case's text, saved over the text the candidate's page last saw (a second device cannot silently
     * overwrite the first).
     *
     * @param pastedChars characters pasted since the last save, an integrity signal
     */
    @RetryOnWriteConflict
    @Transactional
    public void write(String token, String caseId, String base, String text, int pastedChars, int seconds) {
        Invitation invitation = openLinks.change(token, true).invitation();
        String checked = FormRules.optional("answer", text, CaseService.MAX_ANSWER);
        Instant now = clock.instant();
        cases.write(invitation.getCandidateId(), caseId, base, checked, now);
        AssessmentAnswer answer = answer(invitation, AssessmentSection.CASES, caseId);
        answer.wrote(now);
        answer.pasted(pastedChars);
        answer.spent(seconds);
        answers.save(answer);
        // The page's plan still holds the text before this save: its next step reads the plan again.
        invitation.stepTaken();
    }

    /** The candidate switched away from the page (another tab or app). */
    @Transactional
    public void left(String token) {
        openLinks.find(token, false).map(OpenLink::invitation).filter(i -> i.consented() && !i.submitted())
                .ifPresent(invitation -> {
                    invitation.leftThePage();
                    invitations.save(invitation);
                });
    }

    /** Remembers where the candidate is, for a caller that draws nothing from an earlier plan. */
    @RetryOnWriteConflict
    @Transactional
    public AssessmentPlan moveTo(String token, @Nullable String step) {
        return moveTo(token, null, step);
    }

    /**
     * Remembers where the candidate is, so the link opens there again, on any device.
     *
     * @param drawn the plan the page was drawn from (see {@link #choose(String, AssessmentPlan, String, String, int,
     *              String)}); the review is always drawn from the plan read again
     * @return the assessment as it stands, answers from another device included, to draw that page from
     */
    @RetryOnWriteConflict
    @Transactional
    public AssessmentPlan moveTo(String token, @Nullable AssessmentPlan drawn, @Nullable String step) {
        OpenLink link = openLinks.change(token, true);
        @Nullable AssessmentPlan current = AssessmentPlan.REVIEW.equals(step) ? null : openLinks.current(link, drawn);
        link.invitation().moveTo(stepKey(step));
        return openLinks.afterStep(link, current, UnaryOperator.identity());
    }

    /** Ends the assessment: nothing changes afterwards; the profile counts the answers; the inviter is told. */
    @RetryOnWriteConflict
    @Transactional
    public AssessmentPlan submit(String token) {
        OpenLink link = openLinks.change(token, true);
        Invitation invitation = link.invitation();
        Instant now = clock.instant();
        invitation.submit(now);
        stages.advance(invitation.getCandidateId(), Stage.ASSESSMENT_DONE, CANDIDATE_ACTOR);
        LinkHolder candidate = link.holder();
        audit(candidate, "assessment submitted");
        events.publishEvent(new AssessmentCompleted(invitation.getId(), candidate.id(), candidate.vacancyId()));
        AssessmentPlan submitted = openLinks.plan(link);
        if (invitation.getCreatedBy().contains("@")) {
            // Only a configured address goes into the link: this request is the candidate's, and its Host header
            // must not choose where a colleague's click leads. Sent after the commit, so a failed submission
            // is never announced and the mail server never holds the transaction.
            String url = links.configured() ? links.absolute(Routes.candidateProfile(candidate.id())) : "";
            String inviter = invitation.getCreatedBy();
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    mails.completed(inviter, candidate.fullName(), submitted.position(), url, now);
                }
            });
        }
        return submitted;
    }

    private void remember(OpenLink link, @Nullable String next) {
        if (next != null) {
            link.invitation().moveTo(stepKey(next));
        }
    }

    /** A step key as it is remembered: one longer than any key of the pages is not stored. */
    private static @Nullable String stepKey(@Nullable String step) {
        return step == null || step.length() > 80 ? null : step;
    }

    private AssessmentAnswer answer(Invitation invitation, AssessmentSection kind, String itemId) {
        return answers.findByInvitationIdAndItemKindAndItemId(invitation.getId(), kind, itemId)
                .orElseGet(() -> new AssessmentAnswer(invitation.getId(), kind, itemId));
    }

    private void audit(LinkHolder candidate, String detail) {
        events.publishEvent(AuditEvent.candidate(AuditEvent.Action.CHANGE, candidate.id(), candidate.vacancyId(),
                detail).byTheCandidate());
    }
}
