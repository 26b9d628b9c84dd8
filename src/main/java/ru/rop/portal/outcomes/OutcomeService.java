package ru.rop.portal.outcomes;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.rop.portal.candidate.CandidateLookup;
import ru.rop.portal.candidate.CandidateSummary;
import ru.rop.portal.common.AuditEvent.Action;
import ru.rop.portal.common.AuditEvent;
import ru.rop.portal.common.CurrentActor;
import ru.rop.portal.common.FormRules;
import ru.rop.portal.common.UserFacingException;
import ru.rop.portal.security.Roles;

/**
 * Outcomes after the hire: the owner (or a CRM through the API) records, for every hired candidate, the figures
 * 3, 6 and 12 months after the start date. A period is recorded once: figures that changed are a new fact for the
 * next period, not a rewrite of the last one.
 */
@Service
@RolesAllowed({Roles.OWNER, Roles.API})
public class OutcomeService {

    public static final List<Integer> MONTHS = List.of(3, 6, 12);
    public static final int MAX_NOTE = 2000;
    static final double MAX_PLAN = 500;
    static final double MAX_TURNOVER = 100;
    static final double MIN_CONVERSION = -100;
    static final double MAX_CONVERSION = 500;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final HireRepository hires;
    private final OutcomeRepository outcomes;
    private final CandidateLookup candidates;
    private final CurrentActor actor;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    OutcomeService(HireRepository hires, OutcomeRepository outcomes, CandidateLookup candidates, CurrentActor actor,
                   Clock clock, ApplicationEventPublisher events) {
        this.hires = hires;
        this.outcomes = outcomes;
        this.candidates = candidates;
        this.actor = actor;
        this.clock = clock;
        this.events = events;
    }

    /**
     * @throws UnknownCandidateException for an unknown candidate
     * @throws UserFacingException a value outside its limits, a candidate who was not hired, a period not over yet
     * @throws OutcomeExistsException the period already has figures
     */
    @Transactional
    public OutcomeRecord record(long candidateId, OutcomeForm form) {
        Hire hire = hire(candidateId);
        OutcomeForm checked = check(form);
        if (outcomes.existsByCandidateIdAndMonth(candidateId, checked.month())) {
            throw new OutcomeExistsException(checked.month());
        }
        LocalDate over = hire.getStartDate().plusMonths(checked.month());
        if (over.isAfter(today())) {
            throw UserFacingException.forField("month", "outcome.month.not-over", checked.month(),
                    over.format(DAY));
        }
        Outcome saved = outcomes.saveAndFlush(new Outcome(candidateId, checked, actor.name(), clock.instant()));
        events.publishEvent(AuditEvent.candidate(Action.CHANGE, candidateId, hire.getVacancyId(),
                "outcome " + checked.month() + " months"));
        return saved.toRecord();
    }

    /** The hire with its prediction and outcomes; empty for a candidate who was not hired. */
    @Transactional(readOnly = true)
    public Optional<HireSummary> hireOf(long candidateId) {
        return hires.findById(candidateId).map(this::summary);
    }

    /** The outcomes as an integration reads them: recorded in the audit log. */
    @Transactional(readOnly = true)
    public List<OutcomeRecord> openAudited(long candidateId) {
        Hire hire = hire(candidateId);
        events.publishEvent(AuditEvent.candidate(Action.VIEW, candidateId, hire.getVacancyId(), "outcomes"));
        return records(candidateId);
    }

    /** The day the person started; the periods count from it. The prediction stays as frozen at the hire. */
    @Transactional
    @RolesAllowed(Roles.OWNER)
    public HireSummary changeStartDate(long candidateId, LocalDate startDate) {
        Hire hire = hire(candidateId);
        if (startDate == null) {
            throw UserFacingException.forField("startDate", "field.required");
        }
        if (startDate.isAfter(today().plusYears(1))) {
            throw UserFacingException.forField("startDate", "outcome.start.too-late");
        }
        if (!outcomes.findByCandidateIdOrderByMonth(candidateId).isEmpty()) {
            throw UserFacingException.forField("startDate", "outcome.start.recorded");
        }
        hire.setStartDate(startDate);
        events.publishEvent(AuditEvent.candidate(Action.CHANGE, candidateId, hire.getVacancyId(), "start date"));
        return summary(hires.saveAndFlush(hire));
    }

    /** Periods that are over without figures, the longest waiting first: the start page's reminder. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.OWNER)
    public List<DueOutcome> due() {
        List<DueOutcome> due = new ArrayList<>();
        for (Hire hire : hires.findAll()) {
            HireSummary summary = summary(hire);
            if (summary.open().isEmpty()) {
                continue;
            }
            String name = candidates.find(hire.getCandidateId()).map(CandidateSummary::fullName).orElse("—");
            summary.open().forEach(month -> due.add(new DueOutcome(hire.getCandidateId(), name, month,
                    hire.getStartDate().plusMonths(month))));
        }
        due.sort(Comparator.comparing(DueOutcome::dueSince));
        return due;
    }

    private HireSummary summary(Hire hire) {
        List<OutcomeRecord> recorded = records(hire.getCandidateId());
        Set<Integer> done = new HashSet<>();
        recorded.forEach(r -> done.add(r.month()));
        boolean left = recorded.stream().anyMatch(r -> !r.stillEmployed());
        List<Integer> open = left ? List.of() : MONTHS.stream().filter(month -> !done.contains(month))
                .filter(month -> !hire.getStartDate().plusMonths(month).isAfter(today())).toList();
        return new HireSummary(hire.getCandidateId(), hire.getHiredAt(), hire.getStartDate(), hire.prediction(),
                recorded, open);
    }

    private List<OutcomeRecord> records(long candidateId) {
        return outcomes.findByCandidateIdOrderByMonth(candidateId).stream().map(Outcome::toRecord).toList();
    }

    private Hire hire(long candidateId) {
        if (candidates.find(candidateId).isEmpty()) {
            throw new UnknownCandidateException(candidateId);
        }
        return hires.findById(candidateId).orElseThrow(() -> new UserFacingException("outcome.not-hired"));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.systemDefault()));
    }

    private static OutcomeForm check(OutcomeForm form) {
        Integer month = form.month();
        if (month == null || !MONTHS.contains(month)) {
            throw UserFacingException.forField("month", "outcome.month.allowed");
        }
        within("planAttainmentPct", form.planAttainmentPct(), 0, MAX_PLAN);
        within("teamTurnoverPct", form.teamTurnoverPct(), 0, MAX_TURNOVER);
        within("conversionChangePct", form.conversionChangePct(), MIN_CONVERSION, MAX_CONVERSION);
        if (form.stillEmployed() == null) {
            throw UserFacingException.forField("stillEmployed", "field.required");
        }
        if (form.ownerRating() == null || form.ownerRating() < 1 || form.ownerRating() > 5) {
            throw UserFacingException.forField("ownerRating", "outcome.rating.range");
        }
        String note = FormRules.optional("note", form.note(), MAX_NOTE);
        if (!form.stillEmployed() && note == null) {
            throw UserFacingException.forField("note", "outcome.left.reason");
        }
        return new OutcomeForm(month, form.planAttainmentPct(), form.teamTurnoverPct(), form.conversionChangePct(),
                form.stillEmployed(), form.ownerRating(), note);
    }

    private static void within(String field, Double value, double min, double max) {
        if (value == null || value.isNaN() || value < min || value > max) {
            throw UserFacingException.forField(field, "outcome.range", fmt(min), fmt(max));
        }
    }

    private static String fmt(double value) {
        return String.valueOf((long) value);
    }
}
