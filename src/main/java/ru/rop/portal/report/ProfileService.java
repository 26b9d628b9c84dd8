package ru.rop.portal.report;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.rop.portal.assessment.InvitationService;
import ru.rop.portal.assessment.OnlineEvidence;
import ru.rop.portal.candidate.CandidateService;
import ru.rop.portal.candidate.CandidateSummary;
import ru.rop.portal.cases.CaseEvidence;
import ru.rop.portal.cases.CaseService;
import ru.rop.portal.classification.Classification;
import ru.rop.portal.classification.CompetencyRating;
import ru.rop.portal.classification.CompetencyScore;
import ru.rop.portal.classification.DimensionId;
import ru.rop.portal.classification.DimensionScore;
import ru.rop.portal.classification.DimensionScoring;
import ru.rop.portal.classification.Observation;
import ru.rop.portal.classification.RopModel;
import ru.rop.portal.common.AuditEvent;
import ru.rop.portal.common.CurrentActor;
import ru.rop.portal.common.FormRules;
import ru.rop.portal.common.UserFacingException;
import ru.rop.portal.interview.InterviewEvidence;
import ru.rop.portal.interview.InterviewService;
import ru.rop.portal.security.Roles;
import ru.rop.portal.vacancy.VacancyService;

/**
 * Brings the evidence of every source together — submitted interviews, scored cases, raised red flags — into
 * competency scores, the dimension profile, the type and the recommendation.
 */
@Service
@RolesAllowed({Roles.HR, Roles.API})
public class ProfileService {

    /** With fewer dimensions known, any type would be a guess presented as a finding. */
    public static final int MIN_KNOWN_DIMENSIONS = 4;
    public static final int MAX_REASON = 2000;
    static final int MIN_COMPARED = 2;
    static final int MAX_COMPARED = 4;

    private final InterviewService interviews;
    private final InvitationService invitations;
    private final CaseService cases;
    private final CandidateService candidates;
    private final VacancyService vacancies;
    private final RopModel model;
    private final CandidateDecisionRepository decisions;
    private final CurrentActor actor;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ProfileService(InterviewService interviews, InvitationService invitations, CaseService cases, CandidateService candidates,
                   VacancyService vacancies, RopModel model, CandidateDecisionRepository decisions,
                   CurrentActor actor, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.interviews = interviews;
        this.invitations = invitations;
        this.cases = cases;
        this.candidates = candidates;
        this.vacancies = vacancies;
        this.model = model;
        this.decisions = decisions;
        this.actor = actor;
        this.clock = clock;
    }

    /** The profile as a person or an integration opens it: recorded once in the audit log. */
    @Transactional(readOnly = true)
    public CandidateProfile openAudited(long candidateId) {
        CandidateProfile profile = profile(candidateId);
        events.publishEvent(AuditEvent.candidate(AuditEvent.Action.VIEW, candidateId, profile.vacancyId(),
                "profile"));
        return profile;
    }

    @Transactional(readOnly = true)
    public CandidateProfile profile(long candidateId) {
        CandidateSummary candidate = candidate(candidateId);
        InterviewEvidence interview = interviews.evidence(candidateId);
        return profile(candidate, interview, cases.evidence(candidateId, interview.blinded()),
                invitations.evidence(candidateId), vacancyTitle(candidate), decision(candidateId));
    }

    /** Two to four candidates of one vacancy, side by side. */
    @Transactional(readOnly = true)
    public List<CandidateProfile> compare(long vacancyId, List<Long> candidateIds) {
        List<Long> ids = candidateIds.stream().distinct().toList();
        if (ids.size() < MIN_COMPARED || ids.size() > MAX_COMPARED) {
            throw new UserFacingException("compare.count", MIN_COMPARED, MAX_COMPARED);
        }
        List<CandidateSummary> chosen = ids.stream().map(this::candidate).toList();
        if (chosen.stream().anyMatch(c -> c.vacancyId() != vacancyId)) {
            throw new UserFacingException("compare.other-vacancy");
        }
        Map<Long, InterviewEvidence> interviewEvidence = interviews.evidence(ids);
        Set<Long> blinded = new HashSet<>();
        interviewEvidence.forEach((id, evidence) -> {
            if (evidence.blinded()) {
                blinded.add(id);
            }
        });
        Map<Long, CaseEvidence> caseEvidence = cases.evidence(ids, blinded);
        return chosen.stream().map(c -> profile(c, interviewEvidence.get(c.id()), caseEvidence.get(c.id()),
                invitations.evidence(c.id()), vacancyTitle(c), decision(c.id()))).toList();
    }

    /**
     * What a board card shows of each candidate's profile, for a whole board at once: every kind of evidence is read
     * in one batch for all of them, not per card. Blind rules as on the profile: a rater in progress gets only the
     * assessment status.
     */
    @Transactional(readOnly = true)
    public Map<Long, ProfileBadge> badges(List<CandidateSummary> chosen) {
        List<Long> ids = chosen.stream().map(CandidateSummary::id).toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, InterviewEvidence> interviewEvidence = interviews.evidence(ids);
        Set<Long> blinded = new HashSet<>();
        interviewEvidence.forEach((id, evidence) -> {
            if (evidence.blinded()) {
                blinded.add(id);
            }
        });
        Map<Long, CaseEvidence> caseEvidence = cases.evidence(ids, blinded);
        Map<Long, OnlineEvidence> online = invitations.evidence(ids);
        Map<Long, HiringDecision> decided = new HashMap<>();
        decisions.findAllById(ids).forEach(d -> decided.put(d.getCandidateId(), d.toDecision()));
        Map<Long, ProfileBadge> badges = new LinkedHashMap<>();
        for (CandidateSummary candidate : chosen) {
            CandidateProfile profile = profile(candidate, interviewEvidence.get(candidate.id()),
                    caseEvidence.get(candidate.id()), online.get(candidate.id()), "", decided.get(candidate.id()));
            badges.put(candidate.id(), ProfileBadge.of(profile, RecommendationRules.meanScore(profile.competencies())));
        }
        return badges;
    }

    /** The owner's recommendation replaces the rules' on the profile and in reports; the reason is required. */
    @Transactional
    @RolesAllowed(Roles.OWNER)
    public HiringDecision decide(long candidateId, Recommendation recommendation, String reason) {
        CandidateSummary candidate = candidate(candidateId);
        if (recommendation == null || recommendation == Recommendation.INSUFFICIENT) {
            throw UserFacingException.forField("recommendation", "decision.recommendation.required");
        }
        String checked = FormRules.required("reason", reason, MAX_REASON);
        CandidateDecision decision = decisions.findById(candidateId)
                .orElseGet(() -> new CandidateDecision(candidateId));
        decision.decide(recommendation, checked, actor.displayName(), clock.instant());
        events.publishEvent(AuditEvent.candidate(AuditEvent.Action.CHANGE, candidateId, candidate.vacancyId(),
                "decision " + recommendation.name()));
        events.publishEvent(new DecisionRecorded(candidateId, candidate.vacancyId(), recommendation));
        return decisions.saveAndFlush(decision).toDecision();
    }

    /** Returns the recommendation to the rules. */
    @Transactional
    @RolesAllowed(Roles.OWNER)
    public void withdrawDecision(long candidateId) {
        CandidateSummary candidate = candidate(candidateId);
        decisions.deleteById(candidateId);
        events.publishEvent(AuditEvent.candidate(AuditEvent.Action.CHANGE, candidateId, candidate.vacancyId(),
                "decision withdrawn"));
        events.publishEvent(new DecisionRecorded(candidateId, candidate.vacancyId(), null));
    }


    private String vacancyTitle(CandidateSummary candidate) {
        return vacancies.find(candidate.vacancyId()).map(v -> v.title()).orElse("");
    }

    private HiringDecision decision(long candidateId) {
        return decisions.findById(candidateId).map(CandidateDecision::toDecision).orElse(null);
    }

    private CandidateProfile profile(CandidateSummary candidate, InterviewEvidence interview,
                                     CaseEvidence caseEvidence, OnlineEvidence online, String vacancyTitle,
                                     HiringDecision decision) {
        List<Observation> observations = new ArrayList<>(interview.observations());
        observations.addAll(caseEvidence.observations());
        observations.addAll(online.observations());
        List<InterviewEvidence.FlagFinding> findings = new ArrayList<>(interview.flags());
        online.flags().forEach(choice -> findings.add(new InterviewEvidence.FlagFinding(choice.redFlagId(), null,
                choice.itemId(), choice.scenario())));
        RaisedFlags raised = RaisedFlags.of(findings, model);
        // A behaviour counts once however many interviewers heard it, and overlapping flags are one behaviour; what
        // the candidate chose online already counts through the option's own effects.
        raised.flags().stream().filter(f -> f.sources().stream().anyMatch(source -> source.raterName() != null))
                .forEach(f -> observations.addAll(model.observations(f.flag())));
        List<CompetencyRating> ratings = new ArrayList<>(interview.ratings());
        ratings.addAll(caseEvidence.ratings());
        List<CompetencyScore> competencies = model.scoreCompetencies(ratings);
        Map<DimensionId, DimensionScore> dimensions = DimensionScoring.score(observations);
        long known = dimensions.values().stream().filter(DimensionScore::known).count();
        Classification classification = known >= MIN_KNOWN_DIMENSIONS ? model.classify(dimensions) : null;
        List<CandidateProfile.FlagEvidence> flags = raised.flags();
        RecommendationResult recommendation = RecommendationRules.apply(competencies, flags.size(),
                raised.distinctlySourced(), classification);
        CandidateProfile profile =
                new CandidateProfile(candidate.id(), candidate.fullName(), candidate.vacancyId(), vacancyTitle,
                candidate.stage(), online.status(), interview.blinded(), competencies, model.roleBalance(competencies),
                dimensions, classification, List.copyOf(flags), recommendation,
                decision,
                interview.raters(), interview.quotes(), caseEvidence.results(), online.integrity(),
                observations.size());
        // A rater in progress (InterviewService.blindedFor) sees no conclusion of the others, not even the owner's.
        return profile.blinded() ? profile.withheld() : profile;
    }

    private CandidateSummary candidate(long candidateId) {
        return candidates.find(candidateId).orElseThrow(() -> 
                new UserFacingException("candidate.not-found", candidateId));
    }
}
