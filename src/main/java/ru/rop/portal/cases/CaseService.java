package ru.rop.portal.cases;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.rop.portal.candidate.CandidateService;
import ru.rop.portal.candidate.CandidateSummary;
import ru.rop.portal.classification.CompetencyRating;
import ru.rop.portal.classification.Observation;
import ru.rop.portal.common.AuditEvent;
import ru.rop.portal.common.CurrentActor;
import ru.rop.portal.common.FormRules;
import ru.rop.portal.common.StaleEditException;
import ru.rop.portal.common.UserFacingException;
import ru.rop.portal.security.Roles;

/**
 * Business cases given to candidates and their scoring against the rubric. Each rater keeps their own levels;
 * every level and comment is saved the moment it is given.
 */
@Service
@RolesAllowed(Roles.HR)
public class CaseService {

    public static final int MAX_ANSWER = 12000;
    public static final int MAX_COMMENT = 1000;
    static final int MAX_CASES = 4;

    private final CaseAssignmentRepository assignments;
    private final WrittenCaseOwnership ownership;
    private final CaseLibrary library;
    private final CandidateService candidates;
    private final CurrentActor actor;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CaseService(CaseAssignmentRepository assignments, WrittenCaseOwnership ownership, CaseLibrary library,
                CandidateService candidates, CurrentActor actor, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.assignments = assignments;
        this.ownership = ownership;
        this.library = library;
        this.candidates = candidates;
        this.actor = actor;
        this.clock = clock;
    }

    @Transactional
    public long assign(long candidateId, String caseId, CaseMode mode) {
        CandidateSummary candidate = candidate(candidateId);
        BusinessCase businessCase = library.businessCase(caseId)
                .orElseThrow(() -> UserFacingException.forField("case", "case.unknown", caseId));
        if (mode == null || !businessCase.modes().contains(mode)) {
            throw UserFacingException.forField("mode", "case.mode.unsupported");
        }
        if (assignments.existsByCandidateIdAndCaseId(candidateId, caseId)) {
            throw UserFacingException.forField("case", "case.already-assigned");
        }
        if (assignments.findByCandidateIdOrderByAssignedAtAscIdAsc(candidateId).size() >= MAX_CASES) {
            throw UserFacingException.forField("case", "case.too-many", MAX_CASES);
        }
        try {
            long id = assignments.saveAndFlush(new CaseAssignment(candidate.id(), caseId, mode, actor.name(),
                    clock.instant())).getId();
            audit(candidate, "case " + caseId + " assigned " + mode.name());
            return id;
        } catch (DataIntegrityViolationException e) {
            // A colleague assigned the same case a moment ago.
            throw UserFacingException.forField("case", "case.already-assigned");
        }
    }

    /** Takes the case back, with every level given on it. */
    @Transactional
    public void unassign(long assignmentId) {
        CaseAssignment assignment = assignment(assignmentId);
        refuseIfOnline(assignment);
        assignments.delete(assignment);
        audit(candidate(assignment.getCandidateId()), "case " + assignment.getCaseId() + " removed");
    }

    /**
     * A written case the candidate answers through their link belongs to the candidate from the consent on: nobody
     * edits or removes what they wrote, during the assessment or after it.
     */
    private void refuseIfOnline(CaseAssignment assignment) {
        if (assignment.getMode() == CaseMode.WRITTEN && ownership.ownedByCandidate(assignment.getCandidateId())) {
            throw new UserFacingException("case.answered-online");
        }
    }

    @Transactional(readOnly = true)
    public List<CaseAssignmentSummary> assignments(long candidateId) {
        String me = actor.name();
        return assignments.findByCandidateIdOrderByAssignedAtAscIdAsc(candidateId).stream().map(a -> {
            BusinessCase businessCase = library.businessCase(a.getCaseId()).orElse(null);
            Set<String> raters = new HashSet<>();
            int mine = 0;
            for (CaseScore score : a.getScores()) {
                if (score.getLevel() != null) {
                    raters.add(score.getRater());
                    mine += score.getRater().equals(me) ? 1 : 0;
                }
            }
            return new CaseAssignmentSummary(a.getId(), a.getCaseId(),
                    businessCase == null ? a.getCaseId() : businessCase.title(), a.getMode(), a.getAnswer() != null,
                    businessCase == null ? 0 : businessCase.criteria().size(), mine, raters.size(),
                    a.getAssignedAt());
        }).toList();
    }

    /** The cases a candidate could still be given, in library order. */
    @Transactional(readOnly = true)
    public List<BusinessCase> assignable(long candidateId) {
        Set<String> given = new HashSet<>();
        assignments.findByCandidateIdOrderByAssignedAtAscIdAsc(candidateId).forEach(a -> given.add(a.getCaseId()));
        return library.cases().stream().filter(c -> !given.contains(c.id())).toList();
    }

    @Transactional(readOnly = true)
    public CaseSheet sheet(long assignmentId) {
        CaseAssignment assignment = assignment(assignmentId);
        CandidateSummary candidate = candidate(assignment.getCandidateId());
        String me = actor.name();
        Map<String, CaseSheet.Mark> mine = new LinkedHashMap<>();
        assignment.getScores().stream().filter(s -> s.getRater().equals(me))
                .forEach(s -> mine.put(s.getCriterionId(), new CaseSheet.Mark(s.getLevel(), s.getComment(),
                        s.getUpdatedAt())));
        return new CaseSheet(assignmentId, candidate.id(), candidate.fullName(), businessCase(assignment),
                assignment.getMode(), assignment.getAnswer(), assignment.getAnsweredAt(), mine);
    }

    /**
     * Records the candidate's answer: an oral one as the interviewer heard it, or a written one received by mail.
     *
     * @param base the answer as the editor last saw it; a colleague's change since then is never overwritten
     * @throws UserFacingException {@code case.answer.changed} when the stored answer is no longer {@code base}
     */
    @Transactional
    public void saveAnswer(long assignmentId, String base, String text) {
        String checked = FormRules.optional("answer", text, MAX_ANSWER);
        CaseAssignment assignment = assignment(assignmentId);
        refuseIfOnline(assignment);
        if (!assignment.answerIs(base)) {
            throw new StaleEditException("case.answer.changed");
        }
        assignment.answer(checked, clock.instant());
        assignments.saveAndFlush(assignment);
    }

    /** Sets or clears (null) the viewer's level on a criterion. */
    @Transactional
    public void level(long assignmentId, String criterionId, Integer level) {
        if (level != null && (level < 1 || level > 5)) {
            throw new UserFacingException("case.level.range");
        }
        CaseAssignment assignment = assignment(assignmentId);
        criterion(assignment, criterionId);
        Instant now = clock.instant();
        assignment.score(actor.name(), actor.displayName(), criterionId, now).level(level, now);
        assignments.saveAndFlush(assignment);
        // Coarse on purpose: that a case was scored, and on what, not the level itself.
        audit(candidate(assignment.getCandidateId()), "case " + assignment.getCaseId() + " scored " + criterionId);
    }

    @Transactional
    public void comment(long assignmentId, String criterionId, String comment) {
        String checked = FormRules.optional("comment", comment, MAX_COMMENT);
        CaseAssignment assignment = assignment(assignmentId);
        criterion(assignment, criterionId);
        Instant now = clock.instant();
        assignment.score(actor.name(), actor.displayName(), criterionId, now).comment(checked, now);
        assignments.saveAndFlush(assignment);
    }

    @Transactional(readOnly = true)
    /** @param onlyMine leave out colleagues' levels and comments (while the viewer's own interview is open) */
    @RolesAllowed({Roles.HR, Roles.API})
    public CaseEvidence evidence(long candidateId, boolean onlyMine) {
        return collect(assignments.findByCandidateIdOrderByAssignedAtAscIdAsc(candidateId),
                onlyMine ? actor.name() : null);
    }

    @Transactional(readOnly = true)
    @RolesAllowed({Roles.HR, Roles.API})
    public Map<Long, CaseEvidence> evidence(Collection<Long> candidateIds, Set<Long> onlyMine) {
        Map<Long, List<CaseAssignment>> byCandidate = new LinkedHashMap<>();
        candidateIds.forEach(id -> byCandidate.put(id, new ArrayList<>()));
        assignments.findByCandidateIdIn(candidateIds).forEach(a -> byCandidate.get(a.getCandidateId()).add(a));
        Map<Long, CaseEvidence> result = new LinkedHashMap<>();
        byCandidate.forEach((id, list) -> result.put(id, collect(list, onlyMine.contains(id) ? actor.name() : null)));
        return result;
    }

    private CaseEvidence collect(List<CaseAssignment> given, String onlyRater) {
        List<Observation> observations = new ArrayList<>();
        List<CompetencyRating> ratings = new ArrayList<>();
        List<CaseEvidence.CaseResult> results = new ArrayList<>();
        for (CaseAssignment assignment : given) {
            BusinessCase businessCase = library.businessCase(assignment.getCaseId()).orElse(null);
            if (businessCase == null) {
                continue;
            }
            List<CaseEvidence.CriterionResult> criteria = new ArrayList<>();
            for (BusinessCase.Criterion criterion : businessCase.criteria()) {
                List<CaseScore> levels = assignment.getScores().stream()
                        .filter(s -> s.getCriterionId().equals(criterion.id()))
                        .filter(s -> onlyRater == null || s.getRater().equals(onlyRater))
                        .filter(s -> s.getLevel() != null || s.getComment() != null)
                        .toList();
                long raters = levels.stream().filter(s -> s.getLevel() != null).count();
                for (CaseScore score : levels) {
                    if (score.getLevel() == null) {
                        continue;
                    }
                    // Raters reading the same answer share one observation's weight, as in the interview panel.
                    library.observations(businessCase, criterion, score.getLevel()).forEach(o -> observations.add(
                            new Observation(o.dimension(), o.value(), o.weight() / raters, o.source(),
                                    o.reference())));
                    ratings.add(new CompetencyRating(criterion.competency(), score.getLevel(), score.getRater(),
                            businessCase.id() + "/" + criterion.id()));
                }
                Double mean = raters == 0 ? null : Math.round(levels.stream().filter(s -> s.getLevel() != null)
                        .mapToInt(CaseScore::getLevel).average().orElseThrow() * 100.0) / 100.0;
                criteria.add(new CaseEvidence.CriterionResult(criterion.id(), criterion.label(),
                        criterion.competency(), mean, levels.stream().map(s -> new CaseEvidence.RaterComment(
                                s.getRaterName(), s.getLevel(), s.getComment())).toList()));
            }
            results.add(new CaseEvidence.CaseResult(businessCase.id(), businessCase.title(), assignment.getMode(),
                    assignment.getAnswer() != null, criteria));
        }
        return new CaseEvidence(observations, ratings, results);
    }


    private BusinessCase businessCase(CaseAssignment assignment) {
        return library.businessCase(assignment.getCaseId())
                .orElseThrow(() -> new UserFacingException("case.unknown", assignment.getCaseId()));
    }

    private void criterion(CaseAssignment assignment, String criterionId) {
        if (businessCase(assignment).criteria().stream().noneMatch(c -> c.id().equals(criterionId))) {
            throw new UserFacingException("case.criterion.unknown", criterionId);
        }
    }

    private CaseAssignment assignment(long assignmentId) {
        return assignments.findById(assignmentId).orElseThrow(() -> new UserFacingException("case.not-found"));
    }

    private CandidateSummary candidate(long candidateId) {
        return candidates.find(candidateId).orElseThrow(() -> 
                new UserFacingException("candidate.not-found", candidateId));
    }

    private void audit(CandidateSummary candidate, String detail) {
        events.publishEvent(AuditEvent.candidate(AuditEvent.Action.CHANGE, candidate.id(), candidate.vacancyId(),
                detail));
    }
}
