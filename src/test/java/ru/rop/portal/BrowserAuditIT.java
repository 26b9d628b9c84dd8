package ru.rop.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import ru.rop.portal.candidate.CandidateService;
import ru.rop.portal.candidate.Stage;
import ru.rop.portal.report.ProfileService;
import ru.rop.portal.report.ReportService;
import ru.rop.portal.security.Role;
import ru.rop.portal.security.TestAccounts;

/** An owner opens a candidate card, then finds that and the colleagues' actions in the audit log. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BrowserAuditIT extends BrowserTestBase {

    @Autowired
    TestAccounts accounts;
    @Autowired
    TestData data;
    @Autowired
    CandidateService candidates;
    @Autowired
    ProfileService profiles;
    @Autowired
    ReportService reports;

    @Test
    void theOwnerFindsWhoDidWhatWithTheVacancysCandidates() {
        accounts.signIn(accounts.create(Role.HR).email());
        long vacancy = data.vacancy();
        long first = data.candidate(vacancy, "Смирнова Елена");
        long second = data.candidate(vacancy, "Орлов Денис");
        candidates.openAudited(first);
        candidates.moveTo(first, Stage.INTERVIEW, null);
        profiles.openAudited(first);
        accounts.signIn(accounts.create(Role.HR).email());
        reports.candidateReport(first);
        candidates.exportCsv(vacancy);
        candidates.erase(second);
        TestAccounts.Account owner = accounts.create(Role.OWNER);
        accounts.signOut();

        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1500, 900).setLocale("ru-RU"));
        page.setDefaultTimeout(30_000);
        signIn(page, port, owner);
        page.navigate("http://localhost:" + port + "/candidate/" + first);
        assertThat(page.locator("h2")).containsText("Смирнова Елена");

        page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("Журнал действий")).click();
        assertThat(page.locator("h2")).containsText("Журнал действий");
        page.locator("#audit-vacancy input").fill(Long.toString(vacancy));
        page.locator("#audit-vacancy input").press("Enter");
        assertThat(page.locator("#audit-found")).hasText("Записей: 9");
        assertThat(page.locator("#audit-grid")).containsText("Смирнова Елена");
        assertThat(page.locator("#audit-grid")).containsText("кандидат №" + second);
        assertThat(page.locator("#audit-grid")).containsText(Pattern.compile("127\\.0\\.0\\.1|0:0:0:0:0:0:0:1"));
        assertThat(page.locator("#audit-grid")).containsText("Этап изменён: «Новые» → «Интервью»");
        assertThat(page.locator("#audit-grid")).not().containsText("NEW");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("audit.png")));

        page.locator("#audit-action").click();
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("Выгрузка")).click();
        assertThat(page.locator("#audit-found")).hasText("Записей: 2");
    }
}
