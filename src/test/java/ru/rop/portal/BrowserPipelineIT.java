package ru.rop.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static ru.rop.portal.vacancy.VacancyForms.aVacancy;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import ru.rop.portal.security.Role;
import ru.rop.portal.security.TestAccounts;
import ru.rop.portal.vacancy.VacancyService;
import ru.rop.portal.vacancy.VacancyStatus;

/**
 * HR in the system Chromium: a vacancy, two candidates (the second a refused duplicate), a drag across the board, CSV;
 * the whole board on a laptop screen; a refused résumé that does not block the next.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BrowserPipelineIT extends BrowserTestBase {

    @Autowired
    TestAccounts accounts;
    @Autowired
    TestData data;
    @Autowired
    VacancyService vacancies;

    @Test
    void hrRunsAVacancyPipeline() throws Exception {
        TestAccounts.Account hr = accounts.create(Role.HR);
        String run = UUID.randomUUID().toString().substring(0, 6);
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1400, 900).setLocale("ru-RU")
                .setAcceptDownloads(true));
        page.setDefaultTimeout(30_000);
        signIn(page, port, hr);

        page.locator("vaadin-side-nav").getByText("Вакансии").click();
        page.locator("#add-vacancy").click();
        page.locator("#vacancy-title input").fill("РОП, Екатеринбург " + run);
        page.locator("#vacancy-company input").fill("ООО «Уралснаб»");
        page.locator("#save-vacancy").click();
        assertThat(page.locator("#board")).isVisible();

        addCandidate(page, "Михайлов Денис", "denis." + run + "@mail.ru", "+7 912 222-33-44");
        assertThat(cardOf(page, "Михайлов Денис")).isVisible();
        addCandidate(page, "Денис Михайлов", "DENIS." + run + "@mail.ru", "");
        assertThat(page.locator("#candidate-error")).containsText("уже есть в этой вакансии: Михайлов Денис");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("duplicate.png")));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Отмена")).click();
        addCandidate(page, "Алексеева Юлия", "yulia." + run + "@mail.ru", "8 (343) 555-66-77");

        cardOf(page, "Михайлов Денис").dragTo(page.locator("#column-INTERVIEW"));
        assertThat(page.locator("#column-INTERVIEW")).containsText("Михайлов Денис");
        assertThat(page.locator("#column-NEW")).not().containsText("Михайлов Денис");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("board.png")));

        Download download = page.waitForDownload(() -> page.locator("#export-csv").click());
        byte[] csv = Files.readAllBytes(download.path());
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF\"ФИО\"").contains("\"Михайлов Денис\"", "\"Интервью\"",
                "\"Алексеева Юлия\"").doesNotContain("Денис Михайлов");
        assertThat(download.suggestedFilename()).endsWith(".csv");

        cardOf(page, "Михайлов Денис").click();
        assertThat(page.locator("#stage-history")).containsText("«Новые» → «Интервью»");
        assertThat(page.locator("#stage-history")).containsText(hr.email());
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("candidate.png")));
    }

    /** A laptop screen: the whole board in view, a drag from the first column to the last, statuses unclipped. */
    @Test
    void theBoardAndTheListFitALaptopScreen() {
        TestAccounts.Account hr = accounts.create(Role.HR);
        accounts.signIn(hr.email());
        long vacancy = data.vacancy();
        long candidate = data.candidate(vacancy, "Соколова Анастасия Владимировна");
        data.candidate(vacancy, "Ким Артём");
        String run = UUID.randomUUID().toString().substring(0, 6);
        for (VacancyStatus status : List.of(VacancyStatus.ON_HOLD, VacancyStatus.CLOSED)) {
            vacancies.create(aVacancy().withTitle("Руководитель отдела продаж " + run).withStatus(status).build());
        }
        accounts.signOut();
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1440, 900).setLocale("ru-RU"));
        page.setDefaultTimeout(30_000);
        signIn(page, port, hr);

        page.navigate("http://localhost:" + port + "/vacancy/" + vacancy);
        assertThat(page.locator("#column-REJECTED")).isVisible();
        Locator columns = page.locator(".rop-column");
        assertThat(columns).hasCount(9);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("board-1440.png")));
        for (int i = 0; i < 9; i++) {
            var box = columns.nth(i).locator(".rop-column-head").boundingBox();
            assertThat(box.x).as("column %d starts on screen", i).isGreaterThanOrEqualTo(0);
            assertThat(box.x + box.width).as("column %d ends on screen", i).isLessThanOrEqualTo(1440);
        }

        page.locator("#card-" + candidate).dragTo(page.locator("#column-REJECTED"));
        page.locator("#rejection-reason textarea").fill("Не готова к переезду");
        page.locator("#confirm-rejection").click();
        assertThat(page.locator("#column-REJECTED")).containsText("Соколова Анастасия");
        assertThat(page.locator("#column-NEW")).not().containsText("Соколова Анастасия");

        page.navigate("http://localhost:" + port + "/vacancies");
        Locator onHold = page.locator("#vacancies-grid vaadin-grid-cell-content",
                new Page.LocatorOptions().setHasText("Приостановлена"));
        assertThat(onHold.first()).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("vacancies.png")));
        for (String status : List.of("Приостановлена", "Закрыта без найма", "Открыта")) {
            Locator cell = page.locator("#vacancies-grid vaadin-grid-cell-content",
                    new Page.LocatorOptions().setHasText(status)).first();
            Object clipped = cell.evaluate("c => [c, ...c.querySelectorAll('*')]"
                    + ".some(e => e.scrollWidth > e.clientWidth + 1)");
            assertThat(clipped).as("«%s» is read in full", status).isEqualTo(false);
        }
    }

    /** A file the server refuses leaves no finished entry behind that would block the next, proper file. */
    @Test
    void aRefusedResumeDoesNotBlockTheNextOne() {
        TestAccounts.Account hr = accounts.create(Role.HR);
        accounts.signIn(hr.email());
        long candidate = data.candidate(data.vacancy(), "Орлов Пётр");
        accounts.signOut();
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1440, 900).setLocale("ru-RU"));
        page.setDefaultTimeout(30_000);
        signIn(page, port, hr);
        page.navigate("http://localhost:" + port + "/candidate/" + candidate);

        upload(page, "resume.pdf", "MZ\u0090\u0000 this is a program".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(page.locator("#resume-problem")).containsText("PDF или DOCX");
        assertThat(page.locator("#resume-upload vaadin-upload-file")).hasCount(0);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("resume-refused.png")));

        upload(page, "Орлов резюме.pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(page.locator("#resume-download")).hasText("Орлов резюме.pdf");
        assertThat(page.locator("#resume-problem")).not().isVisible();
    }

    private static void upload(Page page, String name, byte[] content) {
        FileChooser chooser = page.waitForFileChooser(() -> page.locator("#resume-upload vaadin-button").click());
        chooser.setFiles(new FilePayload(name, "application/pdf", content));
    }

    private static Locator cardOf(Page page, String name) {
        return page.locator(".rop-candidate-card", new Page.LocatorOptions().setHasText(name));
    }

    private static void addCandidate(Page page, String name, String email, String phone) {
        page.locator("#add-candidate").click();
        page.locator("#candidate-name input").fill(name);
        page.locator("#candidate-email input").fill(email);
        page.locator("#candidate-phone input").fill(phone);
        page.locator("#save-candidate").click();
    }
}
