package ru.rop.portal.assessment;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.rop.portal.candidate.CandidateService;
import ru.rop.portal.candidate.CandidateSummary;
import ru.rop.portal.candidate.Stage;
import ru.rop.portal.candidate.StageAutomation;
import ru.rop.portal.common.AuditEvent;
import ru.rop.portal.common.CurrentActor;
import ru.rop.portal.common.PublicLinks;
import ru.rop.portal.common.UserFacingException;
import ru.rop.portal.privacy.ConsentRecord;
import ru.rop.portal.security.Roles;
import ru.rop.portal.vacancy.VacancyService;
import ru.rop.portal.vacancy.VacancySummary;

/**
 * Invitations to the online assessment as HR and owners manage them — send, resend (a new link; the old one stops
 * working), extend, revoke — and what a submitted assessment adds to the profile.
 */
@Service
@RolesAllowed({Roles.HR, Roles.API})
public class InvitationService {

    static final int MIN_DAYS = 1;
    static final int MAX_DAYS = 30;

    private final InvitationRepository invitations;
    private final AssessmentPlanner planner;
    private final CandidateService candidates;
    private final VacancyService vacancies;
    private final StageAutomation stages;
    private final InvitationMails mails;
    private final PublicLinks links;
    private final InvitationConsents consents;
    private final CurrentActor actor;
    private final Clock clock;
    private final int defaultDays;
    private final ApplicationEventPublisher events;
    private final SubmittedEvidence evidence;

    InvitationService(InvitationRepository invitations, SubmittedEvidence evidence,
                      AssessmentPlanner planner, CandidateService candidates,
                      VacancyService vacancies, StageAutomation stages, InvitationMails mails, PublicLinks links,
                      InvitationConsents consents, CurrentActor actor, Clock clock,
                      AssessmentProperties settings,
                      ApplicationEventPublisher events) {
        this.events = events;
        this.evidence = evidence;
        this.consents = consents;
        this.invitations = invitations;
        this.planner = planner;
        this.candidates = candidates;
        this.vacancies = vacancies;
        this.stages = stages;
        this.mails = mails;
        this.links = links;
        this.actor = actor;
        this.clock = clock;
        this.defaultDays = settings.defaultDays();
    }

    public int defaultDays() {
        return defaultDays;
    }

    public boolean mailConfigured() {
        return mails.configured();
    }

    /**
     * A new link for the candidate, e-mailed when mail is configured.
     *
     * @param days how long the link works, {@code null} for the default
     */
    @Transactional
    public IssuedInvitation invite(long candidateId, Integer days) {
        CandidateSummary candidate = candidate(candidateId);
        int validDays = days(days);
        if (candidate.stage().terminal()) {
            throw new UserFacingException("invitation.candidate-closed");
        }
        Instant now = clock.instant();
        Optional<Invitation> latest = latest(candidateId);
        InvitationStatus previous = latest.map(i -> i.status(now)).orElse(InvitationStatus.NOT_INVITED);
        if (previous == InvitationStatus.COMPLETED) {
            // The profile rests on the submitted answers; a second link would set them aside.
            throw new UserFacingException("invitation.already-completed");
        }
        if (previous == InvitationStatus.SENT || previous == InvitationStatus.OPENED
                || previous == InvitationStatus.IN_PROGRESS) {
            throw new UserFacingException("invitation.active");
        }
        String token = AssessmentTokens.newToken();
        Invitation invitation = invitations.saveAndFlush(new Invitation(candidateId, AssessmentTokens.hash(token),
                AssessmentTokens.newSeed(), actor.name(), now, now.plus(Duration.ofDays(validDays))));
        stages.advance(candidateId, Stage.ASSESSMENT_SENT, actor.name());
        audit(candidate, "invitation sent " + validDays + " days");
        return send(invitation, candidate, token);
    }

    /** A fresh link for the same assessment (answers stay); the previous link stops working. */
    @Transactional
    public IssuedInvitation resend(long candidateId) {
        Invitation invitation = changeable(candidateId);
        if (invitation.status(clock.instant()) == InvitationStatus.EXPIRED) {
            throw new UserFacingException("invitation.expired");
        }
        String token = AssessmentTokens.newToken();
        invitation.rotate(AssessmentTokens.hash(token));
        CandidateSummary candidate = candidate(candidateId);
        audit(candidate, "invitation resent");
        return send(invitations.saveAndFlush(invitation), candidate, token);
    }

    /** More days from now, or from the current expiry if that is later; an expired link works again. */
    @Transactional
    public InvitationSummary extend(long candidateId, Integer days) {
        int validDays = days(days);
        Invitation invitation = changeable(candidateId);
        Instant from = invitation.getExpiresAt().isAfter(clock.instant()) ? invitation.getExpiresAt()
                : clock.instant();
        invitation.extendTo(from.plus(Duration.ofDays(validDays)));
        audit(candidate(candidateId), "invitation extended " + validDays + " days");
        return summary(invitations.saveAndFlush(invitation));
    }

    @Transactional
    public InvitationSummary revoke(long candidateId) {
        Invitation invitation = changeable(candidateId);
        invitation.revoke(clock.instant());
        audit(candidate(candidateId), "invitation revoked");
        return summary(invitations.saveAndFlush(invitation));
    }

    private void audit(CandidateSummary candidate, String detail) {
        events.publishEvent(AuditEvent.candidate(AuditEvent.Action.CHANGE, candidate.id(), candidate.vacancyId(),
                detail));
    }

    @Transactional(readOnly = true)
    public Optional<InvitationSummary> current(long candidateId) {
        return latest(candidateId).map(this::summary);
    }

    /** The consent given through the latest invitation, with the words agreed to; empty before it is given. */
    @Transactional(readOnly = true)
    public Optional<ConsentRecord> consent(long candidateId) {
        return latest(candidateId).filter(Invitation::consented).map(consents::record);
    }

    /** The latest invitation's status and, once submitted, its evidence and integrity signals. */
    @Transactional(readOnly = true)
    public OnlineEvidence evidence(long candidateId) {
        return evidence.of(latest(candidateId));
    }

    /**
     * {@link #evidence(long)} of many candidates (a board): their latest invitations in one query; only those
     * submitted read their answers.
     */
    @Transactional(readOnly = true)
    public Map<Long, OnlineEvidence> evidence(Collection<Long> candidateIds) {
        Map<Long, Invitation> latest = new HashMap<>();
        for (List<Long> chunk : chunks(candidateIds)) {
            for (Invitation invitation : invitations.findByCandidateIdIn(chunk)) {
                latest.merge(invitation.getCandidateId(), invitation, (a, b) -> LATEST.compare(a, b) >= 0 ? a : b);
            }
        }
        Map<Long, OnlineEvidence> result = new LinkedHashMap<>();
        candidateIds.forEach(id -> result.put(id, evidence.of(Optional.ofNullable(latest.get(id)))));
        return result;
    }

    /** Invitations of these candidates created in [from, to): how many were sent, opened and completed. */
    @Transactional(readOnly = true)
    public InvitationActivity activity(Collection<Long> candidateIds, Instant from, Instant to) {
        int sent = 0;
        int opened = 0;
        int completed = 0;
        for (List<Long> chunk : chunks(candidateIds)) {
            for (Invitation invitation : invitations.findByCandidateIdIn(chunk)) {
                Instant created = invitation.getCreatedAt();
                if ((from == null || !created.isBefore(from)) && created.isBefore(to)) {
                    sent++;
                    opened += invitation.getOpenedAt() != null ? 1 : 0;
                    completed += invitation.getSubmittedAt() != null ? 1 : 0;
                }
            }
        }
        return new InvitationActivity(sent, opened, completed);
    }

    private static final Comparator<Invitation> LATEST = Comparator.comparing(Invitation::getCreatedAt)
            .thenComparing(Invitation::getId);
    /** Keeps an IN list well below what databases and drivers take. */
    private static final int CHUNK = 1000;

    private static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> all = List.copyOf(ids);
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return chunks;
    }

    /** Assessments submitted since, newest first: the in-app news for HR and owners. */
    @Transactional(readOnly = true)
    public List<CompletedAssessment> completedSince(Instant since) {
        return invitations.findBySubmittedAtAfterOrderBySubmittedAtDesc(since).stream()
                .flatMap(i -> candidates.find(i.getCandidateId()).stream()
                        .map(c -> new CompletedAssessment(c.id(), c.fullName(), i.getSubmittedAt())))
                .toList();
    }

    private IssuedInvitation send(Invitation invitation, CandidateSummary candidate, String token) {
        String url = links.absolute("/a/" + token);
        VacancySummary vacancy = vacancies.find(candidate.vacancyId()).orElseThrow();
        List<AssessmentPlan.Section> sections = planner.sections(invitation);
        int minutes = sections.stream().mapToInt(AssessmentPlan.Section::budgetSeconds).sum() / 60;
        int cases = sections.stream().filter(s -> s.kind() == AssessmentSection.CASES)
                .mapToInt(s -> s.items().size()).sum();
        boolean sent = mails.invitation(candidate.email(), candidate.fullName(), vacancy.companyName(),
                vacancy.title(), url, url + "/withdraw", links.absolute("/privacy"), invitation.getExpiresAt(),
                minutes, cases);
        if (sent) {
            invitation.emailSent(clock.instant());
            invitations.saveAndFlush(invitation);
        }
        return new IssuedInvitation(url, invitation.getExpiresAt(), sent, mails.configured());
    }

    private InvitationSummary summary(Invitation invitation) {
        List<AssessmentPlan.Section> sections = planner.sections(invitation);
        long items = sections.stream().mapToLong(s -> s.items().size()).sum();
        long answered = sections.stream().flatMap(s -> s.items().stream()).filter(AssessmentPlan.Item::answered)
                .count();
        return new InvitationSummary(invitation.status(clock.instant()),
                items == 0 ? 0 : (int) (answered * 100 / items), invitation.getCreatedAt(),
                invitation.getCreatedBy(), invitation.getExpiresAt(), invitation.getEmailSentAt(),
                invitation.getConsentVersion(), invitation.getConsentAt(), invitation.getConsentAddress(),
                invitation.getSubmittedAt());
    }

    private Invitation changeable(long candidateId) {
        Invitation invitation = latest(candidateId).orElseThrow(() -> new UserFacingException("invitation.none"));
        InvitationStatus status = invitation.status(clock.instant());
        if (status == InvitationStatus.COMPLETED || status == InvitationStatus.REVOKED) {
            throw new UserFacingException("invitation.closed");
        }
        return invitation;
    }

    private Optional<Invitation> latest(long candidateId) {
        return invitations.findFirstByCandidateIdOrderByCreatedAtDescIdDesc(candidateId);
    }

    private int days(Integer days) {
        int value = days == null ? defaultDays : days;
        if (value < MIN_DAYS || value > MAX_DAYS) {
            throw UserFacingException.forField("expiresInDays", "invitation.days", MIN_DAYS, MAX_DAYS);
        }
        return value;
    }

    private CandidateSummary candidate(long candidateId) {
        return candidates.find(candidateId).orElseThrow(() ->
                new UserFacingException("candidate.not-found", candidateId));
    }
}
