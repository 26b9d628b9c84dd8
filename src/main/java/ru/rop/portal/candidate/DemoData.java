package ru.rop.portal.candidate;

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
    private static final List<String> MEN = List.of("Алексей", "Дмитрий", "Сергей", "Андрей", "Максим", "Игорь",
            "Павел", "Роман", "Евгений", "Олег", "Виктор", "Кирилл");
    private static final List<String> WOMEN = List.of("Анна", "Елена", "Ольга", "Наталья", "Мария", "Татьяна",
            "Ирина", "Юлия", "Екатерина", "Светлана");
    private static final List<String> SURNAMES = List.of("Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев",
            "Петров", "Соколов", "Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев",
            "Семёнов", "Егоров", "Павлов", "Козлов", "Степанов", "Николаев");
    private static final List<String> CITIES = List.of("Москва", "Санкт-Петербург", "Екатеринбург", "Новосибирск",
            "Казань", "Нижний Новгород", "Краснодар", "Самара");
    private static final List<String> POSITIONS = List.of("Руководитель отдела продаж", "Старший менеджер по продажам",
            "Коммерческий директор", "Руководитель группы продаж", "Менеджер по работе с ключевыми клиентами");
    private static final List<String> COMPANIES = List.of("ТехноСнаб", "ПромЛогистик", "АльфаСтрой", "Вектор-Трейд",
            "СеверМеталл", "ДатаСофт", "Гранд Упаковка", "ЭкоПласт");
    private static final List<String> TAGS = List.of("b2b", "опыт crm", "холодные продажи", "тендеры", "дистрибуция",
            "строительство", "it-продажи", "наставник");

    private final VacancyService vacancies;
    private final CandidateService candidates;
    private final SecurityContextHolderStrategy security;

    DemoData(VacancyService vacancies, CandidateService candidates, SecurityContextHolderStrategy security) {
        this.vacancies = vacancies;
        this.candidates = candidates;
        this.security = security;
    }

    @Override
    public void run(ApplicationArguments args) {
        var context = security.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("demo-data", null,
                AuthorityUtils.createAuthorityList("ROLE_HR")));
        security.setContext(context);
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
        int added = 0;
        for (int i = 0; i < 36; i++) {
            added += add(main, random, i) ? 1 : 0;
        }
        for (int i = 0; i < 8; i++) {
            added += add(second, random, 100 + i) ? 1 : 0;
        }
        log.info("Demo data: company profile, 2 vacancies and {} candidates created", added);
    }

    private boolean add(VacancySummary vacancy, Random random, int n) {
        boolean woman = random.nextInt(3) == 0;
        String first = woman ? WOMEN.get(random.nextInt(WOMEN.size())) : MEN.get(random.nextInt(MEN.size()));
        String surname = SURNAMES.get(random.nextInt(SURNAMES.size())) + (woman ? "а" : "");
        String email = "demo" + n + "." + Math.abs(surname.hashCode() % 1000) + "@example.ru";
        String phone = String.format("+7 9%02d %03d-%02d-%02d", random.nextInt(100), random.nextInt(1000),
                random.nextInt(100), random.nextInt(100));
        Set<String> tags = new java.util.TreeSet<>(List.of(TAGS.get(random.nextInt(TAGS.size())),
                TAGS.get(random.nextInt(TAGS.size()))));
        CandidateSummary candidate = candidates.create(new CandidateForm(vacancy.id(), surname + " " + first, email,
                phone, CITIES.get(random.nextInt(CITIES.size())), Source.values()[random.nextInt(6)],
                POSITIONS.get(random.nextInt(POSITIONS.size())), COMPANIES.get(random.nextInt(COMPANIES.size())),
                (180 + random.nextInt(25) * 10) * 1000, null, tags, -1));
        List<Stage> path = List.of(Stage.ASSESSMENT_SENT, Stage.ASSESSMENT_DONE, Stage.INTERVIEW, Stage.CASE,
                Stage.FINALIST, Stage.OFFER);
        int steps = random.nextInt(path.size() + 1);
        for (int s = 0; s < steps; s++) {
            candidates.moveTo(candidate.id(), path.get(s), null);
        }
        if (steps > 0 && steps < 4 && random.nextInt(4) == 0) {
            candidates.moveTo(candidate.id(), Stage.REJECTED, "Ожидания по доходу выше бюджета вакансии");
        }
        return true;
    }
}
