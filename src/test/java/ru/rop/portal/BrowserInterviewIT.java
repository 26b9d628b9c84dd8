package ru.rop.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static ru.rop.portal.candidate.CandidateForms.aCandidate;
import static ru.rop.portal.vacancy.VacancyForms.aVacancy;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import ru.rop.portal.candidate.CandidateService;
import ru.rop.portal.cases.CaseLibrary;
import ru.rop.portal.cases.CaseMode;
import ru.rop.portal.cases.CaseService;
import ru.rop.portal.classification.RopModel;
import ru.rop.portal.interview.InterviewQuestion;
import ru.rop.portal.interview.InterviewService;
import ru.rop.portal.interview.InterviewSession;
import ru.rop.portal.interview.KitForm;
import ru.rop.portal.interview.KitService;
import ru.rop.portal.interview.QuestionBank;
import ru.rop.portal.security.Role;
import ru.rop.portal.security.TestAccounts;
import ru.rop.portal.vacancy.VacancyForm;
import ru.rop.portal.vacancy.VacancyService;

/**
 * An owner interviews on a tablet-width screen with the keyboard: scores, notes, a reload that loses nothing, the
 * submission, the panel and the profile.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BrowserInterviewIT extends BrowserTestBase {

    @Autowired
    TestAccounts accounts;
    @Autowired
    TestData data;
    @Autowired
    VacancyService vacancies;
    @Autowired
    CandidateService candidates;
    @Autowired
    InterviewService interviews;
    @Autowired
    CaseService cases;
    @Autowired
    CaseLibrary caseLibrary;
    @Autowired
    KitService kits;
    @Autowired
    QuestionBank bank;
    @Autowired
    RopModel model;

    private Page signedIn(BrowserContext context, TestAccounts.Account account) {
        Page page = context.newPage();
        page.setDefaultTimeout(30_000);
        signIn(page, port, account);
        return page;
    }

    /** A vacancy of the wholesale company the screenshots show. */
    private static VacancyForm northWind(String title) {
        return aVacancy().withTitle(title).withCompanyName("ООО «Северный ветер»").withIndustry("Оптовая торговля")
                .withSalesTeamSize(8).withReportsTo("Генеральный директор").build();
    }

    @Test
    void aStylePositionIsMarkedBesideTheScoreAndSurvivesAReload() {
        TestAccounts.Account owner = accounts.create(Role.OWNER);
        String run = UUID.randomUUID().toString().substring(0, 6);
        accounts.signIn(owner.email());
        long vacancy = vacancies.create(northWind("РОП в дистрибуции " + run)).id();
        InterviewQuestion styled = bank.questions().stream().filter(q -> q.styles().size() == 2).findFirst()
                .orElseThrow();
        kits.save(vacancy, new KitForm(45, List.of(styled.id()), null));
        long candidate = candidates.create(aCandidate(vacancy).withFullName("Орлова Мария Петровна").withCity("Москва")
                .withCurrentPosition("РОП").withCurrentCompany("ТехноСнаб").build()).id();
        accounts.signOut();
        String first = "#style-" + styled.styles().getFirst().name();
        String second = "#style-" + styled.styles().get(1).name();

        BrowserContext tablet = browser.newContext(new Browser.NewContextOptions().setViewportSize(1024, 1366)
                .setLocale("ru-RU"));
        Page page = signedIn(tablet, owner);
        page.navigate("http://localhost:" + port + "/candidate/" + candidate);
        page.locator("#start-interview").click();
        assertThat(page.locator(first)).containsText("Не оценка качества: где кандидат находится на этой шкале");
        page.locator("#score-4").click();
        page.locator(first + "-3").click();
        assertThat(page.locator(first + "-3")).hasAttribute("aria-checked", "true");
        page.locator(second + "-5").click();
        assertThat(page.locator(second + "-5")).hasAttribute("aria-checked", "true");
        page.locator(first).scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(
                "interview-style-scale.png")).setFullPage(true));

        page.reload();
        assertThat(page.locator(first + "-3")).hasAttribute("aria-checked", "true");
        assertThat(page.locator(second + "-5")).hasAttribute("aria-checked", "true");
        assertThat(page.locator(first + "-text")).hasText(model.dimension(styled.styles().getFirst()).scaleText(3));
        assertThat(page.locator("#score-4")).hasAttribute("aria-checked", "true");
        tablet.close();
    }

    @Test
    void anInterviewIsScoredByKeyboardAndSurvivesAReload() {
        TestAccounts.Account owner = accounts.create(Role.OWNER);
        String run = UUID.randomUUID().toString().substring(0, 6);
        accounts.signIn(owner.email());
        long vacancy = vacancies.create(northWind("РОП в оптовой торговле " + run)).id();
        long candidate = candidates.create(aCandidate(vacancy).withFullName("Смирнова Анна Сергеевна")
                .withCity("Москва").withCurrentPosition("РОП").withCurrentCompany("ТехноСнаб").build()).id();
        long colleague = candidates.create(aCandidate(vacancy).withFullName("Волков Дмитрий").withCity("Москва")
                .withCurrentPosition("РОП").withCurrentCompany("ПромСбыт").build()).id();
        accounts.signOut();

        BrowserContext tablet = browser.newContext(new Browser.NewContextOptions().setViewportSize(1024, 1366)
                .setLocale("ru-RU"));
        Page page = signedIn(tablet, owner);
        page.navigate("http://localhost:" + port + "/candidate/" + candidate);
        page.locator("#start-interview").click();
        assertThat(page.locator("#question-text")).isVisible();

        page.keyboard().press("3");
        assertThat(page.locator("#score-3")).hasAttribute("aria-checked", "true");
        page.locator("#notes textarea").fill("Назвала план 45 млн, факт 48 млн; сезонность считала по CRM");
        page.locator("#star summary, #star vaadin-details-summary").first().click();
        page.locator("#star-result textarea").fill("Выполнение плана 107 %");
        page.locator("body").click(new com.microsoft.playwright.Locator.ClickOptions().setPosition(5, 5));
        page.keyboard().press("ArrowRight");
        assertThat(page.locator("#interview-position")).containsText("Вопрос 2 из");
        page.locator("#score-5").click();
        assertThat(page.locator("#score-5")).hasAttribute("aria-checked", "true");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(
                "interview-tablet.png")).setFullPage(true));

        page.reload();
        assertThat(page.locator("#interview-position")).containsText("Вопрос 2 из");
        assertThat(page.locator("#score-5")).hasAttribute("aria-checked", "true");
        page.keyboard().press("ArrowLeft");
        assertThat(page.locator("#score-3")).hasAttribute("aria-checked", "true");
        assertThat(page.locator("#notes textarea")).hasValue("Назвала план 45 млн, факт 48 млн; сезонность считала по CRM");
        assertThat(page.locator("#star-result textarea")).hasValue("Выполнение плана 107 %");
        tablet.close();

        // A new browser, as after a closed laptop: the interview opens where it stopped.
        BrowserContext laptop = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 1000)
                .setLocale("ru-RU"));
        page = signedIn(laptop, owner);
        page.navigate("http://localhost:" + port + "/candidate/" + candidate);
        assertThat(page.locator("#start-interview")).containsText("Продолжить интервью (оценено 2 из");
        page.locator("#start-interview").click();
        assertThat(page.locator("#interview-position")).containsText("Вопрос 1 из");
        for (int i = 3; i <= 6; i++) {
            page.locator("#jump-" + i).click();
            assertThat(page.locator("#interview-position")).containsText("Вопрос " + i + " из");
            page.keyboard().press(String.valueOf(i % 2 == 0 ? 4 : 5));
            assertThat(page.locator("#jump-" + i)).hasClass(java.util.regex.Pattern.compile(".*rop-jump-scored.*"));
        }
        TestAccounts.Account hr = accounts.create(Role.HR);
        accounts.signIn(hr.email());
        long second = interviews.start(candidate);
        for (InterviewSession.Step step : interviews.session(second).steps()) {
            interviews.score(second, step.question().id(), 2);
        }
        interviews.submit(second, "Много теории, мало своих цифр");
        accounts.signOut();

        page.locator("#interview-finish").click();
        page.locator("#conclusion textarea").fill("Системная, считает цифры; проверить найм");
        page.locator("#submit-interview").click();
        assertThat(page.locator("#submit-interview")).isHidden();
        assertThat(page.locator("#panel-grid")).isVisible();
        assertThat(page.locator("#panel-grid")).containsText("Расхождение");
        assertThat(page.locator("#panel-conclusions")).containsText("Системная, считает цифры");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("panel.png"))
                .setFullPage(true));

        accounts.signIn(owner.email());
        long other = interviews.start(colleague);
        for (InterviewSession.Step step : interviews.session(other).steps()) {
            interviews.score(other, step.question().id(), 3);
        }
        interviews.submit(other, "Сильный продавец, слабый управленец");
        long assignment = cases.assign(candidate, caseLibrary.cases().getFirst().id(), CaseMode.WRITTEN);
        cases.saveAnswer(assignment, null, "Предлагаю два варианта: пакет «поставка плюс монтаж» и ценовую линейку "
                + "от 100 стеллажей. Рекомендую пакет: маржа сохраняется, конкуренты монтаж не делают.");
        accounts.signOut();

        page.navigate("http://localhost:" + port + "/case/" + assignment);
        String criterion = caseLibrary.cases().getFirst().criteria().getFirst().id();
        page.locator("#level-" + criterion + "-4").click();
        page.locator("#comment-" + criterion + " textarea").fill("Посчитала потери, но без сегментов");
        assertThat(page.locator("#level-" + criterion + "-4")).hasAttribute("aria-checked", "true");
        page.reload();
        assertThat(page.locator("#level-" + criterion + "-4")).hasAttribute("aria-checked", "true");
        assertThat(page.locator("#comment-" + criterion + " textarea")).hasValue("Посчитала потери, но без сегментов");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("case.png")));

        page.navigate("http://localhost:" + port + "/candidate/" + candidate + "/profile");
        assertThat(page.locator("#profile-recommendation")).isVisible();
        assertThat(page.locator("#profile-type")).not().containsText("мало данных");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("profile.png"))
                .setFullPage(true));

        page.navigate("http://localhost:" + port + "/vacancy/" + vacancy + "/compare?c=" + candidate + ","
                + colleague);
        assertThat(page.locator("#compare-grid")).containsText("Волков Дмитрий");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("compare.png"))
                .setFullPage(true));

        page.navigate("http://localhost:" + port + "/vacancy/" + vacancy + "/interview-kit");
        assertThat(page.locator("#kit-grid")).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("kit.png"))
                .setFullPage(true));
        laptop.close();
    }

    @Test
    void notesTypedWithoutANetworkComeBackWhenTheInterviewOpensAgain() {
        TestAccounts.Account owner = accounts.create(Role.OWNER);
        String run = UUID.randomUUID().toString().substring(0, 6);
        accounts.signIn(owner.email());
        long vacancy = data.vacancy();
        long candidate = data.candidate(vacancy, "Кузнецов Артём");
        long interview = interviews.start(candidate);
        accounts.signOut();

        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1200, 900)
                .setLocale("ru-RU"));
        Page page = signedIn(context, owner);
        page.navigate("http://localhost:" + port + "/interview/" + interview);
        assertThat(page.locator("#question-text")).isVisible();
        context.setOffline(true);
        page.locator("#notes textarea").fill("Записано, пока не было связи: план 30 млн, факт 27");
        // The tab is closed before the network returns. Chromium may still deliver the last change as a beacon on
        // close, so the server may or may not hold the text now; either way it must be back when the interview opens.
        page.close();

        context.setOffline(false);
        Page again = context.newPage();
        again.navigate("http://localhost:" + port + "/interview/" + interview);
        assertThat(again.locator("#notes textarea")).hasValue("Записано, пока не было связи: план 30 млн, факт 27");
        accounts.signIn(owner.email());
        String saved = null;
        for (int wait = 0; wait < 60 && saved == null; wait++) {
            again.waitForTimeout(250);
            saved = interviews.session(interview).steps().getFirst().answer().notes();
        }
        org.assertj.core.api.Assertions.assertThat(saved).as("the recovered text reaches the database")
                .isEqualTo("Записано, пока не было связи: план 30 млн, факт 27");
        accounts.signOut();
        context.close();
    }
}
