package ru.rop.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import ru.rop.portal.security.Role;
import ru.rop.portal.security.TestAccounts;

/** HR in the system Chromium: a vacancy, two candidates (the second a refused duplicate), a drag across the board, CSV. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BrowserPipelineTest {

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;

    @BeforeAll
    static void launch() {
        playwright = Playwright.create();
        browser = BrowserSignInTest.launch(playwright);
    }

    @AfterAll
    static void close() {
        browser.close();
        playwright.close();
    }

    @Test
    void hrRunsAVacancyPipeline() throws Exception {
        TestAccounts.Account hr = accounts.create(Role.HR);
        String run = UUID.randomUUID().toString().substring(0, 6);
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1400, 900).setLocale("ru-RU")
                .setAcceptDownloads(true));
        page.setDefaultTimeout(30_000);
        BrowserSignInTest.signIn(page, port, hr);

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
        page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSignInTest.SCREENSHOTS.resolve("duplicate.png")));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Отмена")).click();
        addCandidate(page, "Алексеева Юлия", "yulia." + run + "@mail.ru", "8 (343) 555-66-77");

        cardOf(page, "Михайлов Денис").dragTo(page.locator("#column-INTERVIEW"));
        assertThat(page.locator("#column-INTERVIEW")).containsText("Михайлов Денис");
        assertThat(page.locator("#column-NEW")).not().containsText("Михайлов Денис");
        page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSignInTest.SCREENSHOTS.resolve("board.png")));

        Download download = page.waitForDownload(() -> page.locator("#export-csv").click());
        byte[] csv = Files.readAllBytes(download.path());
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF\"ФИО\"").contains("\"Михайлов Денис\"", "\"Интервью\"",
                "\"Алексеева Юлия\"").doesNotContain("Денис Михайлов");
        assertThat(download.suggestedFilename()).endsWith(".csv");

        cardOf(page, "Михайлов Денис").click();
        assertThat(page.locator("#stage-history")).containsText("«Новые» → «Интервью»");
        assertThat(page.locator("#stage-history")).containsText(hr.email());
        page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSignInTest.SCREENSHOTS.resolve("candidate.png")));
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
