package ru.rop.portal.demo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import ru.rop.portal.assessment.AssessmentLibrary;
import ru.rop.portal.assessment.CandidateAssessmentService;
import ru.rop.portal.assessment.InvitationService;
import ru.rop.portal.candidate.CandidateForm;
import ru.rop.portal.candidate.CandidateService;
import ru.rop.portal.candidate.CandidateSummary;
import ru.rop.portal.candidate.Source;
import ru.rop.portal.candidate.Stage;
import ru.rop.portal.cases.CaseLibrary;
import ru.rop.portal.cases.CaseService;
import ru.rop.portal.classification.RopModel;
import ru.rop.portal.common.content.ContentLoader;
import ru.rop.portal.interview.InterviewService;
import ru.rop.portal.outcomes.OutcomeForm;
import ru.rop.portal.outcomes.OutcomeService;
import ru.rop.portal.report.ProfileService;
import ru.rop.portal.vacancy.CompanyProfileForm;
import ru.rop.portal.vacancy.SalesModel;
import ru.rop.portal.vacancy.VacancyForm;
import ru.rop.portal.vacancy.VacancyService;
import ru.rop.portal.vacancy.VacancyStatus;
import ru.rop.portal.vacancy.VacancySummary;

/**
 * A living demo company for newcomers: runs only with the {@code demo} profile and only into a database without
 * vacancies, so it can neither start by accident in production nor mix with real data.
 */
@Component
@Profile("demo")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final VacancyService vacancies;
    private final CandidateService candidates;
    private final SecurityContextHolderStrategy security;
    private final DemoPeople people;
    private final DemoNames names;
    private final DemoPlay play;
    private final RopModel model;
    private final ProfileService profiles;
    private final OutcomeService outcomes;

    DemoData(VacancyService vacancies, CandidateService candidates, SecurityContextHolderStrategy security,
             ContentLoader loader, InvitationService invitations, CandidateAssessmentService assessments,
             AssessmentLibrary library, CaseLibrary caseLibrary, InterviewService interviews, CaseService cases,
             RopModel model, ProfileService profiles, OutcomeService outcomes) {
        this.vacancies = vacancies;
        this.candidates = candidates;
        this.security = security;
        this.people = loader.load(DemoPeople.FILE, DemoPeople.class, (content, checks) -> { });
        this.names = loader.load(DemoNames.FILE, DemoNames.class, (content, checks) -> { });
        this.play = new DemoPlay(invitations, assessments, library, caseLibrary, interviews, cases);
        this.model = model;
        this.profiles = profiles;
        this.outcomes = outcomes;
    }

    /** Acts as this person with the owner's rights: the raters' interviews carry their names. */
    private void actAs(String name) {
        var context = security.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(name, null,
                AuthorityUtils.createAuthorityList("ROLE_OWNER", "ROLE_HR")));
        security.setContext(context);
    }

    @Override
    public void run(ApplicationArguments args) {
        actAs(people.raters().getFirst());
        try {
            if (!vacancies.list().isEmpty()) {
                log.info("Demo data skipped: the database already has vacancies");
                return;
            }
            seed(new Random(42));
        } finally {
            security.clearContext();
        }
    }

    private void seed(Random random) {
        vacancies.saveCompanyProfile(new CompanyProfileForm("ООО «ПромСнаб»", "Оптовые поставки промышленного оборудования",
                "Насосы, компрессоры, запорная арматура; сервисное обслуживание", SalesModel.B2B, 12,
                "Генеральный директор", "Объём продаж, маржа, конверсия лидов в сделку, средний чек, дебиторская задолженность",
                -1));
        VacancySummary main = vacancies.create(new VacancyForm("Руководитель отдела продаж", "ООО «ПромСнаб»",
                "Промышленное оборудование", 12, "Генеральный директор", VacancyStatus.OPEN, 250_000, 400_000,
                "От 3 лет руководства отделом B2B-продаж от 5 человек", "Отдел растёт: нужен системный руководитель",
                -1));
        VacancySummary second = vacancies.create(new VacancyForm("Руководитель направления дистрибуции",
                "ООО «ПромСнаб»", "Промышленное оборудование", 5, "Коммерческий директор", VacancyStatus.ON_HOLD,
                180_000, 260_000, "Опыт работы с дилерской сетью", null, -1));
        int assessed = 0;
        for (DemoPeople.Person person : people.people()) {
            assess(main, person, assessed++);
        }
        int added = 0;
        for (int i = 0; i < 24; i++) {
            added += add(main, random, i) ? 1 : 0;
        }
        for (int i = 0; i < 8; i++) {
            added += add(second, random, 100 + i) ? 1 : 0;
        }
        log.info("Demo data: company profile, 2 vacancies, {} assessed and {} new candidates created", assessed,
                added);
    }

    private boolean add(VacancySummary vacancy, Random random, int n) {
        boolean woman = random.nextInt(3) == 0;
        String first = any(woman ? names.women() : names.men(), random);
        String surname = any(names.surnames(), random) + (woman ? "а" : "");
        String email = "demo" + n + "." + Math.abs(surname.hashCode() % 1000) + "@example.ru";
        String phone = String.format("+7 9%02d %03d-%02d-%02d", random.nextInt(100), random.nextInt(1000),
                random.nextInt(100), random.nextInt(100));
        Set<String> tags = new java.util.TreeSet<>(List.of(any(names.tags(), random), any(names.tags(), random)));
        CandidateSummary candidate = candidates.create(new CandidateForm(vacancy.id(), surname + " " + first, email,
                phone, any(names.cities(), random), Source.values()[random.nextInt(6)], any(names.positions(), random),
                any(names.companies(), random), (180 + random.nextInt(25) * 10) * 1000, null, tags, -1));
        // Further stages belong to the assessed people: a finalist without evidence would show an empty profile.
        if (random.nextInt(5) == 0) {
            candidates.moveTo(candidate.id(), Stage.REJECTED, "Ожидания по доходу выше бюджета вакансии");
        }
        return true;
    }

    private static String any(List<String> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }

    /**
     * One assessed person: the online assessment, both raters' interviews and two oral cases, then their fate —
     * the owner's decision, the rejection with its reason, or the hire with the start date and the outcomes.
     */
    private void assess(VacancySummary vacancy, DemoPeople.Person person, int n) {
        Persona persona = person.blend() == null ? Persona.of(model.type(person.type()))
                : Persona.blend(model.type(person.type()), model.type(person.blend()),
                person.share() == null ? 0.5 : person.share());
        actAs(people.raters().getFirst());
        long id = candidates.create(new CandidateForm(vacancy.id(), person.name(), "assessed" + n + "@example.ru",
                null, "Москва", Source.values()[n % 6], "Руководитель отдела продаж", null, 300_000, null, Set.of(),
                -1)).id();
        play.online(id, persona);
        candidates.moveTo(id, Stage.INTERVIEW, null);
        for (String rater : people.raters()) {
            actAs(rater);
            play.interview(id, persona, "Интервью по плану");
            play.oralCase(id, persona, n + people.raters().indexOf(rater));
        }
        actAs(people.raters().getFirst());
        candidates.moveTo(id, Stage.FINALIST, null);
        if (person.decision() != null) {
            profiles.decide(id, person.decision().recommendation(), person.decision().reason());
        }
        switch (person.fate()) {
            case REJECTED -> candidates.moveTo(id, Stage.REJECTED, person.reason());
            case OFFER -> candidates.moveTo(id, Stage.OFFER, null);
            case HIRED -> {
                candidates.moveTo(id, Stage.OFFER, null);
                candidates.moveTo(id, Stage.HIRED, null);
                outcomes.changeStartDate(id, LocalDate.now(ZoneId.systemDefault())
                        .minusMonths(person.startMonthsAgo()));
                for (DemoPeople.Outcome outcome : person.outcomes()) {
                    outcomes.record(id, new OutcomeForm(outcome.month(), outcome.plan(), outcome.turnover(),
                            outcome.conversion(), outcome.employed(), outcome.rating(), outcome.note()));
                }
            }
            default -> { }
        }
    }
}
