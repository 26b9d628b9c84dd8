package ru.rop.portal.interview;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import ru.rop.portal.candidate.CandidateService;
import ru.rop.portal.candidate.CandidateSummary;
import ru.rop.portal.candidate.Stage;
import ru.rop.portal.classification.Competency;
import ru.rop.portal.classification.Dimension;
import ru.rop.portal.classification.DimensionId;
import ru.rop.portal.classification.RedFlag;
import ru.rop.portal.classification.RopModel;
import ru.rop.portal.common.AuditEvent;
import ru.rop.portal.common.CurrentActor;
import ru.rop.portal.common.FormRules;
import ru.rop.portal.common.RetryOnWriteConflict;
import ru.rop.portal.common.UserFacingException;
import ru.rop.portal.security.Roles;
import ru.rop.portal.vacancy.VacancyService;

/**
 * Interviews with candidates. Each interviewer has one interview per candidate and is the only one who opens or
 * changes it; every change is written at once, so a closed browser or a restarted server loses nothing. Scores
 * stay blind: nobody sees colleagues' scores while their own interview with the candidate is still open.
 */
@Service
@RolesAllowed(Roles.HR)
public class InterviewService {

    /** A spread of two points on a five-point scale means the raters saw different people. */
    public static final double DISAGREEMENT = 2.0;
    public static final int MAX_CONCLUSION = 500;

    private final InterviewRepository interviews;
    private final KitService kits;
    private final QuestionBank bank;
    private final RopModel model;
    private final CandidateService candidates;
    private final VacancyService vacancies;
    private final CurrentActor actor;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final InterviewEvidenceCollector collector;

    InterviewService(InterviewRepository interviews, KitService kits, QuestionBank bank, RopModel model,
                     CandidateService candidates, VacancyService vacancies, CurrentActor actor, Clock clock,
                     PlatformTransactionManager transactionManager, ApplicationEventPublisher events,
                     InterviewEvidenceCollector collector) {
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.interviews = interviews;
        this.kits = kits;
        this.bank = bank;
        this.model = model;
        this.candidates = candidates;
        this.vacancies = vacancies;
        this.actor = actor;
        this.clock = clock;
        this.collector = collector;
    }

    /**
     * Opens the current user's interview with the candidate, starting it from the vacancy's kit the first time.
     * Not one transaction: when a second tab of the same interviewer inserts first, the unique key refuses this
     * insert and a fresh transaction reads the interview the other tab started.
     */
    public long start(long candidateId) {
        try {
            return transactions.execute(status -> startOrResume(candidateId));
        } catch (DataIntegrityViolationException e) {
            return transactions.execute(status -> interviews.findByCandidateIdAndInterviewer(candidateId,
                    actor.name()).orElseThrow(() -> e).getId());
        }
    }

    private long startOrResume(long candidateId) {
        Optional<Interview> existing = interviews.findByCandidateIdAndInterviewer(candidateId, actor.name());
        if (existing.isPresent()) {
            return existing.get().getId();
        }
        CandidateSummary candidate = candidate(candidateId);
        if (candidate.stage().terminal()) {
            throw new UserFacingException("interview.candidate-closed");
        }
        KitPlan kit = kits.plan(candidate.vacancyId());
        Interview interview = new Interview(candidateId, candidate.vacancyId(), actor.name(), actor.displayName(),
                kit.questions().stream().map(InterviewQuestion::id).toList(), kit.lengthMinutes(), clock.instant());
        interview = interviews.saveAndFlush(interview);
        events.publishEvent(AuditEvent.candidate(AuditEvent.Action.CHANGE, candidateId, candidate.vacancyId(),
                "interview started"));
        if (candidate.stage().ordinal() < Stage.INTERVIEW.ordinal()) {
            candidates.moveTo(candidateId, Stage.INTERVIEW, null);
        }
        return interview.getId();
    }

    @Transactional(readOnly = true)
    public InterviewSession session(long interviewId) {
        Interview interview = own(interviewId);
        CandidateSummary candidate = candidate(interview.getCandidateId());
        String vacancyTitle = vacancies.find(interview.getVacancyId()).map(v -> v.title()).orElse("");
        List<InterviewSession.Step> steps = new ArrayList<>();
        int minute = KitPlanner.OPENING_AND_CLOSING_MINUTES / 2;
        for (String questionId : interview.getQuestionIds()) {
            InterviewQuestion question = bank.question(questionId).orElse(null);
            if (question == null) {
                continue;
            }
            Competency competency = model.competency(question.competency()).orElseThrow();
            List<RedFlag> flags = question.redFlags().stream().map(model::redFlag)
                    .flatMap(Optional::stream).toList();
            AnswerRecord answer = interview.findAnswer(questionId).map(InterviewAnswer::toRecord)
                    .orElse(AnswerRecord.empty(questionId));
            List<Dimension> styles = question.styles().stream().map(model::dimension).toList();
            steps.add(new InterviewSession.Step(question, competency.label(), question.levels(competency), styles,
                    flags, minute, answer));
            minute += question.minutes();
        }
        return new InterviewSession(interview.getId(), candidate.id(), candidate.fullName(), interview.getVacancyId(),
                vacancyTitle, interview.getStatus(), Math.min(interview.getCurrentPosition(),
                Math.max(0, steps.size() - 1)), interview.getPlannedMinutes(), interview.getStartedAt(),
                interview.getConclusion(), List.copyOf(steps));
    }

    /** Sets or clears (null) the 1–5 anchored score of a question. */
    @RetryOnWriteConflict
    @Transactional
    public AnswerRecord score(long interviewId, String questionId, Integer score) {
        if (score != null && (score < 1 || score > 5)) {
            throw new UserFacingException("interview.score.range");
        }
        return change(interviewId, questionId, (answer, now) -> answer.score(score, now));
    }

    /**
     * Sets or clears (null) where the candidate sits, 1–5, on the own scale of a style the question reveals. Not a
     * judgement of quality: neither end of a style is the good one.
     */
    @RetryOnWriteConflict
    @Transactional
    public AnswerRecord markStyle(long interviewId, String questionId, DimensionId style, Integer position) {
        if (position != null && (position < 1 || position > 5)) {
            throw new UserFacingException("interview.style.range");
        }
        Interview interview = open(interviewId, questionId);
        if (style == null || !bank.question(questionId).map(q -> q.styles().contains(style)).orElse(false)) {
            throw new UserFacingException("interview.style.not-listed", questionId);
        }
        return change(interview, questionId, (answer, now) -> answer.markStyle(style, position, now));
    }

    @RetryOnWriteConflict
    @Transactional
    public AnswerRecord write(long interviewId, String questionId, NoteField field, String text) {
        String checked = FormRules.optional(field.name().toLowerCase(Locale.ROOT), text,
                field.maxLength());
        return change(interviewId, questionId, (answer, now) -> answer.write(field, checked, now));
    }

    @RetryOnWriteConflict
    @Transactional
    public AnswerRecord flag(long interviewId, String questionId, String redFlagId, boolean raised) {
        if (model.redFlag(redFlagId).isEmpty()) {
            throw new UserFacingException("interview.flag.unknown", redFlagId);
        }
        return change(interviewId, questionId, (answer, now) -> answer.flag(redFlagId, raised, now));
    }

    /** Marks a question as deliberately not asked; its score, if any, stays until cleared. */
    @RetryOnWriteConflict
    @Transactional
    public AnswerRecord skip(long interviewId, String questionId) {
        return change(interviewId, questionId, (answer, now) -> answer.skip(now));
    }

    /** One change to one answer of an open interview of the current user, written at once. */
    private AnswerRecord change(long interviewId, String questionId, BiConsumer<InterviewAnswer, Instant> edit) {
        return change(open(interviewId, questionId), questionId, edit);
    }

    private AnswerRecord change(Interview interview, String questionId, BiConsumer<InterviewAnswer, Instant> edit) {
        Instant now = clock.instant();
        edit.accept(interview.answer(questionId, now), now);
        interview.touch(now);
        return interviews.saveAndFlush(interview).findAnswer(questionId).orElseThrow().toRecord();
    }

    /** Remembers the question on screen, so the interview resumes there. */
    @RetryOnWriteConflict
    @Transactional
    public void moveTo(long interviewId, int position) {
        Interview interview = own(interviewId);
        if (interview.submitted() || position < 0 || position >= interview.getQuestionIds().size()) {
            return;
        }
        interview.moveTo(position, clock.instant());
        interviews.saveAndFlush(interview);
    }

    /** Ends the interview: from now on it counts on the panel and the interviewer sees the others' scores. */
    @RetryOnWriteConflict
    @Transactional
    public void submit(long interviewId, String conclusion) {
        Interview interview = own(interviewId);
        if (interview.submitted()) {
            throw new UserFacingException("interview.submitted");
        }
        String checked = FormRules.required("conclusion", conclusion, MAX_CONCLUSION);
        if (interview.getAnswers().stream().noneMatch(a -> a.getScore() != null)) {
            throw new UserFacingException("interview.submit.nothing-scored");
        }
        interview.submit(checked, clock.instant());
        interviews.saveAndFlush(interview);
        events.publishEvent(AuditEvent.candidate(AuditEvent.Action.CHANGE, interview.getCandidateId(),
                interview.getVacancyId(), "interview submitted"));
        events.publishEvent(new InterviewSubmitted(interviewId, interview.getCandidateId(), interview.getVacancyId()));
    }

    @Transactional(readOnly = true)
    public List<InterviewSummary> interviews(long candidateId) {
        String me = actor.name();
        return interviews.findByCandidateIdOrderByStartedAtAsc(candidateId).stream()
                .map(i -> summary(i, i.getInterviewer().equals(me))).toList();
    }

    private static InterviewSummary summary(Interview i, boolean mine) {
        return new InterviewSummary(i.getId(), i.getCandidateId(), i.getInterviewerName(), mine, i.getStatus(),
                (int) i.getAnswers().stream().filter(a -> a.getScore() != null).count(), i.getQuestionIds().size(),
                i.getStartedAt(), i.getSubmittedAt());
    }

    /**
     * Per competency, each submitted interviewer's score, the spread and where the panel disagrees. A rater in
     * progress ({@link #blindedFor}) sees only their own column, from their open interview.
     */
    @Transactional(readOnly = true)
    public PanelSummary panel(long candidateId) {
        boolean blinded = blindedFor(candidateId);
        List<Interview> submitted = blinded
                ? interviews.findByCandidateIdAndInterviewer(candidateId, actor.name()).stream().toList()
                : submitted(candidateId);
        List<PanelSummary.Rater> raters = submitted.stream().map(InterviewEvidenceCollector::rater).toList();
        List<PanelSummary.Row> rows = collector.panelRows(submitted);
        return new PanelSummary(blinded, raters, rows);
    }

    /** The submitted interviews as evidence; withheld while the viewer's own interview is open. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.HR, Roles.API})
    public InterviewEvidence evidence(long candidateId) {
        if (blindedFor(candidateId)) {
            return InterviewEvidence.none(true);
        }
        return collector.collect(submitted(candidateId));
    }

    /** Evidence of many candidates at once (the comparison of finalists), blinded per candidate as above. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.HR, Roles.API})
    public Map<Long, InterviewEvidence> evidence(List<Long> candidateIds) {
        Map<Long, List<Interview>> byCandidate = new LinkedHashMap<>();
        candidateIds.forEach(id -> byCandidate.put(id, new ArrayList<>()));
        interviews.findByCandidateIdInAndStatus(candidateIds, InterviewStatus.SUBMITTED)
                .forEach(i -> byCandidate.get(i.getCandidateId()).add(i));
        // One query for the blind rule of all of them: the viewer's own interviews still open.
        Set<Long> blinded = interviews.findByInterviewerAndStatus(actor.name(), InterviewStatus.IN_PROGRESS).stream()
                .map(Interview::getCandidateId).collect(Collectors.toSet());
        Map<Long, InterviewEvidence> result = new LinkedHashMap<>();
        byCandidate.forEach((id, list) -> result.put(id, blinded.contains(id) ? InterviewEvidence.none(true)
                : collector.collect(list)));
        return result;
    }

    /** The current user's interviews not submitted yet, oldest first: the scores colleagues are waiting for. */
    @Transactional(readOnly = true)
    public List<InterviewSummary> myOpenInterviews() {
        return interviews.findByInterviewerAndStatus(actor.name(), InterviewStatus.IN_PROGRESS).stream()
                .sorted(Comparator.comparing(Interview::getStartedAt)).map(i -> summary(i, true)).toList();
    }

    /**
     * The one rule of blind scoring, used by every surface that shows colleagues' scores or conclusions (panel,
     * profile, recommendation, comparison, reports, card, personal-data export): the current user has an interview
     * with this candidate that is not submitted yet, so they are a rater in progress and see nothing of the others —
     * neither scores, case levels, red flags and quotes, nor the recommendation, the owner's decision or the type —
     * until they submit. Integrations (role API) never interview, so they are never blinded.
     */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.HR, Roles.API})
    public boolean blindedFor(long candidateId) {
        return interviews.findByCandidateIdAndInterviewer(candidateId, actor.name())
                .map(interview -> !interview.submitted()).orElse(false);
    }

    private List<Interview> submitted(long candidateId) {
        return interviews.findByCandidateIdOrderByStartedAtAsc(candidateId).stream()
                .filter(Interview::submitted).toList();
    }

    private Interview own(long interviewId) {
        Interview interview = interviews.findById(interviewId)
                .orElseThrow(() -> new UserFacingException("interview.not-found"));
        if (!interview.getInterviewer().equals(actor.name())) {
            // Another interviewer's notes and scores are theirs until submitted; not even owners open them.
            throw new UserFacingException("interview.not-found");
        }
        return interview;
    }

    private Interview open(long interviewId, String questionId) {
        Interview interview = own(interviewId);
        if (interview.submitted()) {
            throw new UserFacingException("interview.submitted");
        }
        if (!interview.getQuestionIds().contains(questionId)) {
            throw new UserFacingException("interview.question.unknown", questionId);
        }
        return interview;
    }

    private CandidateSummary candidate(long candidateId) {
        return candidates.find(candidateId).orElseThrow(() -> 
                new UserFacingException("candidate.not-found", candidateId));
    }
}
