package ru.rop.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import ru.rop.portal.security.Role;
import ru.rop.portal.security.TestAccounts;

/** HR builds a job description, saves two versions, restores the first and downloads both formats. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BrowserDocumentsIT extends BrowserTestBase {

    @Autowired
    TestAccounts accounts;
    @Autowired
    TestData data;

    @Test
    void hrBuildsVersionsRestoresAndDownloads() throws Exception {
        TestAccounts.Account hr = accounts.create(Role.HR);
        accounts.signIn(hr.email());
        long vacancy = data.vacancy();
        accounts.signOut();

        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1500, 1000).setLocale("ru-RU")
                .setAcceptDownloads(true));
        page.setDefaultTimeout(30_000);
        signIn(page, port, hr);
        page.navigate("http://localhost:" + port + "/vacancy/" + vacancy + "/job-description");
        assertThat(page.locator("#jd-preview")).containsText("ДОЛЖНОСТНАЯ ИНСТРУКЦИЯ");

        page.locator("#jd-approver-name input").fill("И. И. Петров");
        assertThat(page.locator("#jd-preview")).containsText("И. И. Петров");
        page.locator("#jd-save").click();
        assertThat(page.locator("#jd-status")).containsText("Текущая версия: 1");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(
                "job-description.png")));

        page.locator("#duties-text-0 textarea").fill("Руководит работой шести менеджеров отдела продаж и двух "
                + "аккаунт-менеджеров по ключевым клиентам.");
        assertThat(page.locator("#jd-preview")).containsText("двух аккаунт-менеджеров");
        page.locator("#jd-save").click();
        assertThat(page.locator("#jd-status")).containsText("Текущая версия: 2");

        page.locator("#jd-versions").click();
        page.locator("#jd-compare-1").click();
        assertThat(page.locator("#jd-diff")).containsText("двух аккаунт-менеджеров");
        assertThat(page.locator("#jd-diff")).not().containsText("@approval");
        page.locator("#jd-diff").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions().setPath(
                SCREENSHOTS.resolve("job-description-compare.png")));
        page.locator("#jd-restore-1").click();
        assertThat(page.locator("#jd-status")).containsText("Текущая версия: 3");
        assertThat(page.locator("#jd-preview")).not().containsText("двух аккаунт-менеджеров");

        Download pdf = page.waitForDownload(() -> page.locator("#jd-job-description-pdf").click());
        try (PdfReader reader = new PdfReader(Files.readAllBytes(pdf.path()))) {
            String first = new PdfTextExtractor(reader).getTextFromPage(1);
            org.assertj.core.api.Assertions.assertThat(first).contains("ДОЛЖНОСТНАЯ ИНСТРУКЦИЯ", "И. И. Петров")
                    .doesNotContain("аккаунт-менеджеров");
        }
        Download docx = page.waitForDownload(() -> page.locator("#jd-job-description-docx").click());
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(Files.readAllBytes(docx.path())))) {
            String text = String.join("\n", word.getParagraphs().stream().map(p -> p.getText()).toList());
            org.assertj.core.api.Assertions.assertThat(text).contains("2. Должностные обязанности");
        }
        org.assertj.core.api.Assertions.assertThat(docx.suggestedFilename()).endsWith(".docx");
    }
}
