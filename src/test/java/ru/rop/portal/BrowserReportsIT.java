package ru.rop.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import ru.rop.portal.security.Role;
import ru.rop.portal.security.TestAccounts;

/** An owner downloads a candidate's report from the profile and the vacancy's archive with a progress bar. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BrowserReportsIT extends BrowserTestBase {

    @Autowired
    TestAccounts accounts;
    @Autowired
    TestData data;

    @Test
    void anOwnerDownloadsAReportAndTheVacancyArchive() throws Exception {
        TestAccounts.Account owner = accounts.create(Role.OWNER);
        accounts.signIn(owner.email());
        long vacancy = data.vacancy();
        long candidate = data.candidate(vacancy, "Громов Алексей");
        data.interviewed(candidate, 4, "Крепкий управленец, слабее в найме");
        long other = data.candidate(vacancy, "Ветров Борис");
        accounts.signOut();

        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1400, 900).setLocale("ru-RU")
                .setAcceptDownloads(true));
        page.setDefaultTimeout(30_000);
        signIn(page, port, owner);

        page.navigate("http://localhost:" + port + "/candidate/" + candidate + "/profile");
        Download report = page.waitForDownload(() -> page.locator("#profile-report").click());
        org.assertj.core.api.Assertions.assertThat(report.suggestedFilename()).isEqualTo("Громов Алексей.pdf");
        try (PdfReader reader = new PdfReader(Files.readAllBytes(report.path()))) {
            org.assertj.core.api.Assertions.assertThat(new PdfTextExtractor(reader).getTextFromPage(1))
                    .contains("Громов Алексей");
        }

        // The radar with its scale and every label whole, on the profile and beside a candidate without data.
        page.locator(".rop-radar").first().screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("profile-radar.png")));
        page.navigate("http://localhost:" + port + "/vacancy/" + vacancy + "/compare?c=" + candidate + "," + other);
        assertThat(page.locator("#compare-grid")).containsText("Громов Алексей");
        assertThat(page.locator("#compare-grid .rop-best")).hasCount(0);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("compare.png"))
                .setFullPage(true));

        page.navigate("http://localhost:" + port + "/vacancy/" + vacancy + "/reports");
        page.locator("#archive-start").click();
        assertThat(page.locator("#archive-state")).containsText("Архив готов");
        Download archive = page.waitForDownload(() -> page.locator("#archive-download").click());
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(archive.path())))) {
            while (zip.getNextEntry() != null) {
                entries++;
            }
        }
        org.assertj.core.api.Assertions.assertThat(entries).isEqualTo(2);
    }
}
