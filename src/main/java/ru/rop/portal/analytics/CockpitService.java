package ru.rop.portal.analytics;

import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.rop.portal.assessment.InvitationService;
import ru.rop.portal.candidate.CandidateJourney;
import ru.rop.portal.candidate.CandidateService;
import ru.rop.portal.candidate.Stage;
import ru.rop.portal.common.AppI18NProvider;
import ru.rop.portal.common.AuditEvent;
import ru.rop.portal.common.CsvLine;
import ru.rop.portal.common.UserFacingException;
import ru.rop.portal.interview.InterviewService;
import ru.rop.portal.security.Roles;
import ru.rop.portal.vacancy.VacancyService;
import ru.rop.portal.vacancy.VacancySummary;

/** The hiring numbers of a vacancy: the start page's cockpit, its CSV and the integrators' funnel. */
@Service
@RolesAllowed({Roles.HR, Roles.API})
public class CockpitService {

    /** Stages where the next step is the company's; in the others the candidate is the one to act. */
    static final Set<Stage> AWAITING_DECISION = Set.of(Stage.NEW, Stage.ASSESSMENT_DONE, Stage.INTERVIEW, Stage.CASE,
            Stage.FINALIST);

    private final CandidateService candidates;
    private final InvitationService invitations;
    private final InterviewService interviews;
    private final VacancyService vacancies;
    private final AppI18NProvider i18n;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int waitDays;

    CockpitService(CandidateService candidates, InvitationService invitations, InterviewService interviews,
                   VacancyService vacancies, AppI18NProvider i18n, ApplicationEventPublisher events, Clock clock,
                   @Value("${rop.cockpit.decision-wait-days:7}") int waitDays) {
        this.candidates = candidates;
        this.invitations = invitations;
        this.interviews = interviews;
        this.vacancies = vacancies;
        this.i18n = i18n;
        this.events = events;
        this.clock = clock;
        this.waitDays = waitDays;
    }

    @Transactional(readOnly = true)
    @RolesAllowed(Roles.HR)
    public Cockpit cockpit(long vacancyId, CockpitPeriod period) {
        VacancySummary vacancy = vacancy(vacancyId);
        Instant now = clock.instant();
        Instant from = period.from(now);
        List<CandidateJourney> journeys = candidates.journeys(vacancyId);
        FunnelReport funnel = Funnel.of(journeys, from, now, now);
        List<Long> cohort = journeys.stream()
                .filter(c -> (from == null || !Funnel.entered(c).isBefore(from))).map(CandidateJourney::id).toList();
        Map<Long, CandidateJourney> byId = journeys.stream()
                .collect(Collectors.toMap(CandidateJourney::id, Function.identity()));
        List<Cockpit.OpenInterview> mine = interviews.myOpenInterviews().stream()
                .filter(i -> byId.containsKey(i.candidateId()))
                .map(i -> new Cockpit.OpenInterview(i.id(), i.candidateId(), byId.get(i.candidateId()).fullName(),
                        i.startedAt(), i.scored(), i.questions()))
                .toList();
        return new Cockpit(vacancyId, vacancy.title(), period, from, now, funnel,
                invitations.activity(cohort, from, now), mine, waitDays, waiting(journeys, now));
    }

    /** Candidates in a stage where the company acts next, who have not moved for longer than the limit. */
    List<Cockpit.Waiting> waiting(List<CandidateJourney> journeys, Instant now) {
        List<Cockpit.Waiting> waiting = new ArrayList<>();
        for (CandidateJourney candidate : journeys) {
            Duration still = Duration.between(Funnel.lastMove(candidate), now);
            if (AWAITING_DECISION.contains(candidate.stage()) && still.compareTo(Duration.ofDays(waitDays)) > 0) {
                waiting.add(new Cockpit.Waiting(candidate.id(), candidate.fullName(), candidate.stage(),
                        still.toDays()));
            }
        }
        waiting.sort(Comparator.comparingLong(Cockpit.Waiting::days).reversed()
                .thenComparing(Cockpit.Waiting::fullName));
        return waiting;
    }

    /** The vacancy's funnel over all its candidates, as integrations read it. */
    @Transactional(readOnly = true)
    public FunnelReport funnel(long vacancyId) {
        vacancy(vacancyId);
        Instant now = clock.instant();
        return Funnel.of(candidates.journeys(vacancyId), null, now, now);
    }

    /**
     * The cockpit's numbers as CSV for Excel (same format and formula guard as the candidate export). Only numbers:
     * no names, so the file holds no personal data.
     */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.HR)
    public byte[] exportCsv(long vacancyId, CockpitPeriod period) {
        Cockpit cockpit = cockpit(vacancyId, period);
        FunnelReport funnel = cockpit.funnel();
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(CsvLine.of(List.of(cockpit.vacancyTitle(), t(period.labelKey()))));
        csv.append(CsvLine.of(List.of(t("cockpit.csv.stage"), t("cockpit.csv.reached"), t("cockpit.csv.current"),
                t("cockpit.csv.conversion"), t("cockpit.csv.median-days"), t("cockpit.csv.timed"))));
        for (FunnelReport.StageRow row : funnel.stages()) {
            csv.append(CsvLine.of(List.of(t(row.stage().labelKey()), num(row.reached()), num(row.current()),
                    row.conversion() == null ? "" : decimal(row.conversion() * 100), decimal(row.medianDays()),
                    num(row.timed()))));
        }
        csv.append(CsvLine.of(List.of(t("cockpit.csv.to-offer"), decimal(funnel.medianDaysToOffer()),
                num(funnel.offers()))));
        csv.append(CsvLine.of(List.of()));
        csv.append(CsvLine.of(List.of(t("cockpit.csv.source"), t("cockpit.csv.candidates"),
                t("cockpit.csv.interviews"), t("cockpit.csv.offers"))));
        for (FunnelReport.SourceRow row : funnel.sources()) {
            csv.append(CsvLine.of(List.of(t(row.source().labelKey()), num(row.candidates()), num(row.interviews()),
                    num(row.offers()))));
        }
        csv.append(CsvLine.of(List.of()));
        csv.append(CsvLine.of(List.of(t("cockpit.csv.invitations.sent"), t("cockpit.csv.invitations.opened"),
                t("cockpit.csv.invitations.completed"), t("cockpit.csv.my-interviews"),
                t("cockpit.csv.waiting", cockpit.waitDays()))));
        csv.append(CsvLine.of(List.of(num(cockpit.invitations().sent()), num(cockpit.invitations().opened()),
                num(cockpit.invitations().completed()), num(cockpit.myInterviews().size()),
                num(cockpit.waiting().size()))));
        events.publishEvent(AuditEvent.vacancy(AuditEvent.Action.EXPORT, vacancyId, "cockpit.csv " + period.name()));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private String t(String key, Object... params) {
        return i18n.russian(key, params);
    }

    private static String num(int value) {
        return Integer.toString(value);
    }

    /** A Russian Excel reads a decimal comma. */
    private static String decimal(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.1f", value).replace('.', ',');
    }

    private VacancySummary vacancy(long id) {
        return vacancies.find(id).orElseThrow(() -> new UserFacingException("vacancy.not-found"));
    }
}
