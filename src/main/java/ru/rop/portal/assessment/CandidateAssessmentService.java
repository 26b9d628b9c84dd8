package ru.rop.portal.assessment;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.rop.portal.candidate.CandidateLookup;
import ru.rop.portal.candidate.CandidateSummary;
import ru.rop.portal.candidate.Stage;
import ru.rop.portal.candidate.StageAutomation;
import ru.rop.portal.common.FormRules;
import ru.rop.portal.common.PublicLinks;
import ru.rop.portal.common.UserFacingException;
import ru.rop.portal.common.content.TextTemplates;
import ru.rop.portal.vacancy.VacancyLookup;
import ru.rop.portal.vacancy.VacancySummary;

/**
 * The candidate's side of the online assessment, reached only through their link: every call presents the token,
 * and a token that is unknown, revoked or expired opens nothing. There is no account and no role; the token is
 * the candidate's right. Answers are written the moment they are given; once submitted nothing changes.
 */
@Service
public class CandidateAssessmentService {

    /** The actor in the stage history and in records the candidate makes. */
    static final String CANDIDATE_ACTOR = "candidate";

    private final InvitationRepository invitations;
    private final AssessmentAnswerRepository answers;
    private final CaseAssignmentRepository assignments;
    private final AssessmentPlanner planner;
    private final AssessmentLibrary library;
    private final CandidateLookup candidates;
    private final VacancyLookup vacancies;
    private final StageAutomation stages;
    private final TextTemplates templates;
    private final InvitationMails mails;
    private final PublicLinks links;
    private final Clock clock;
    private final int retentionDays;

    CandidateAssessmentService(InvitationRepository invitations, AssessmentAnswerRepository answers,
                               CaseAssignmentRepository assignments, AssessmentPlanner planner,
                               AssessmentLibrary library, CandidateLookup candidates, VacancyLookup vacancies,
                               StageAutomation stages, TextTemplates templates, InvitationMails mails,
                               PublicLinks links, Clock clock,
                               @Value("${rop.privacy.retention-days:30}") int retentionDays) {
        this.invitations = invitations;
        this.answers = answers;
        this.assignments = assignments;
        this.planner = planner;
        this.library = library;
        this.candidates = candidates;
        this.vacancies = vacancies;
        this.stages = stages;
        this.templates = templates;
        this.mails = mails;
        this.links = links;
        this.clock = clock;
        this.retentionDays = retentionDays;
    }

    /** Whether the token opens an assessment (for the guard against guessing). */
    @Transactional(readOnly = true)
    public boolean valid(String token) {
        return find(token).isPresent();
    }

    /**
     * The assessment behind the link, noting the first opening; empty for an unknown, revoked or expired link,
     * with nothing that tells which.
     */
    @Transactional
    public Optional<AssessmentPlan> open(String token) {
        Optional<Invitation> found = find(token);
        found.ifPresent(invitation -> {
            invitation.opened(clock.instant());
            invitations.save(invitation);
        });
        return found.map(this::plan);
    }

    @Transactional
    public AssessmentPlan consent(String token, String address) {
        Invitation invitation = open(token, false);
        if (!invitation.consented()) {
            invitation.consent(library.consent().version(), address == null ? "" : address, clock.instant());
        }
        return plan(invitations.save(invitation));
    }

    @Transactional
    public void startSection(String token, AssessmentSection section) {
        Invitation invitation = open(token, true);
        invitation.sectionStarted(section, clock.instant());
        invitations.save(invitation);
    }

    /** A situational item's chosen option. */
    @Transactional
    public void choose(String token, String itemId, String optionId, int seconds) {
        Invitation invitation = open(token, true);
        SituationalItem item = library.situationalItems().stream().filter(i -> i.id().equals(itemId)).findFirst()
                .orElseThrow(() -> new UserFacingException("assessment.item.unknown"));
        if (item.options().stream().noneMatch(o -> o.id().equals(optionId))) {
            throw new UserFacingException("assessment.item.unknown");
        }
        AssessmentAnswer answer = answer(invitation, AssessmentSection.SITUATIONAL, itemId);
        answer.choose(optionId, clock.instant());
        answer.spent(seconds);
        answers.save(answer);
    }

    /** A self-assessment statement's 1–5 agreement. */
    @Transactional
    public void rate(String token, String statementId, int value, int seconds) {
        Invitation invitation = open(token, true);
        if (library.statements().stream().noneMatch(s -> s.id().equals(statementId))) {
            throw new UserFacingException("assessment.item.unknown");
        }
        if (value < 1 || value > library.likertScale().size()) {
            throw new UserFacingException("assessment.item.unknown");
        }
        AssessmentAnswer answer = answer(invitation, AssessmentSection.SELF, statementId);
        answer.rate(value, clock.instant());
        answer.spent(seconds);
        answers.save(answer);
    }

    /**
     * A written case's text, saved over the text the candidate's page last saw (a second device cannot silently
     * overwrite the first).
     *
     * @param pastedChars characters pasted since the last save, an integrity signal
     */
    @Transactional
    public void write(String token, String caseId, String base, String text, int pastedChars, int seconds) {
        Invitation invitation = open(token, true);
        String checked = FormRules.optional("answer", text, CaseService.MAX_ANSWER);
        CaseAssignment assignment = planner.written(invitation.getCandidateId()).stream()
                .filter(a -> a.getCaseId().equals(caseId)).findFirst()
                .orElseThrow(() -> new UserFacingException("assessment.item.unknown"));
        String stored = assignment.getAnswer();
        if (!Objects.equals(blankToNull(base), stored)) {
            throw new UserFacingException("assessment.answer.changed");
        }
        Instant now = clock.instant();
        assignment.answer(checked, now);
        assignments.save(assignment);
        AssessmentAnswer answer = answer(invitation, AssessmentSection.CASES, caseId);
        answer.wrote(now);
        answer.pasted(pastedChars);
        answer.spent(seconds);
        answers.save(answer);
    }

    /** The candidate switched away from the page (another tab or app). */
    @Transactional
    public void left(String token) {
        find(token).filter(i -> i.consented() && !i.submitted()).ifPresent(invitation -> {
            invitation.leftThePage();
            invitations.save(invitation);
        });
    }

    /** Remembers where the candidate is, so the link opens there again, on any device. */
    @Transactional
    public void moveTo(String token, int step) {
        Invitation invitation = open(token, true);
        invitation.moveTo(Math.max(0, step));
        invitations.save(invitation);
    }

    /** Ends the assessment: nothing changes afterwards; the profile counts the answers; the inviter is told. */
    @Transactional
    public AssessmentPlan submit(String token) {
        Invitation invitation = open(token, true);
        Instant now = clock.instant();
        invitation.submit(now);
        invitations.save(invitation);
        stages.advance(invitation.getCandidateId(), Stage.ASSESSMENT_DONE, CANDIDATE_ACTOR);
        CandidateSummary candidate = candidates.find(invitation.getCandidateId()).orElseThrow();
        String position = vacancies.find(candidate.vacancyId()).map(VacancySummary::title).orElse("");
        if (invitation.getCreatedBy().contains("@")) {
            mails.completed(invitation.getCreatedBy(), candidate.fullName(), position,
                    links.absolute("/candidate/" + candidate.id() + "/profile"), now);
        }
        return plan(invitation);
    }

    private AssessmentAnswer answer(Invitation invitation, AssessmentSection kind, String itemId) {
        return answers.findByInvitationIdAndItemKindAndItemId(invitation.getId(), kind, itemId)
                .orElseGet(() -> new AssessmentAnswer(invitation.getId(), kind, itemId));
    }

    private Optional<Invitation> find(String token) {
        if (token == null || token.length() < 20 || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return invitations.findByTokenHash(AssessmentTokens.hash(token)).filter(i -> i.usable(now));
    }

    /** @param answering the call changes answers: it needs the consent and an unsubmitted assessment */
    private Invitation open(String token, boolean answering) {
        Invitation invitation = find(token).orElseThrow(() -> new UserFacingException("assessment.link.invalid"));
        if (invitation.submitted()) {
            throw new UserFacingException("assessment.completed");
        }
        if (answering && !invitation.consented()) {
            throw new UserFacingException("assessment.consent.required");
        }
        return invitation;
    }

    private AssessmentPlan plan(Invitation invitation) {
        CandidateSummary candidate = candidates.find(invitation.getCandidateId()).orElseThrow();
        VacancySummary vacancy = vacancies.find(candidate.vacancyId()).orElseThrow();
        ConsentText consent = library.consent();
        String text = templates.renderText(ConsentText.FILE, consent.text(), Map.of("company",
                vacancy.companyName(), "candidate", candidate.fullName(), "position", vacancy.title(),
                "retentionDays", retentionDays));
        return new AssessmentPlan(candidate.fullName(), vacancy.companyName(), vacancy.title(),
                new AssessmentPlan.Consent(consent.version(), consent.title(), text), invitation.consented(),
                invitation.submitted(), invitation.getCurrentStep(), invitation.getExpiresAt(),
                planner.sections(invitation));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
