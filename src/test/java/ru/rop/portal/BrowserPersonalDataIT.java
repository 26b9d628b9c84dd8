package ru.rop.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import ru.rop.portal.assessment.AssessmentPlan;
import ru.rop.portal.assessment.CandidateAssessmentService;
import ru.rop.portal.assessment.InvitationService;
import ru.rop.portal.candidate.CandidateService;
import ru.rop.portal.candidate.Stage;
import ru.rop.portal.security.Role;
import ru.rop.portal.security.TestAccounts;

/**
 * A candidate joins the talent pool on the completion page of their link (on a phone); the owner sees the dates on
 * «Персональные данные», destroys what is due and downloads the act that names the person.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BrowserPersonalDataIT extends BrowserTestBase {

    @Autowired
    TestAccounts accounts;
    @Autowired
    TestData data;
    @Autowired
    TestClock clock;
    @Autowired
    CandidateService candidates;
    @Autowired
    InvitationService invitations;
    @Autowired
    CandidateAssessmentService assessments;

    @AfterEach
    void reset() {
        clock.reset();
        accounts.signOut();
    }

    @Test
    void theCandidateJoinsThePoolAndTheOwnerDestroysWhatIsDue() throws Exception {
        TestAccounts.Account owner = accounts.create(Role.OWNER);
        accounts.signIn(owner.email());
        long vacancy = data.vacancy();
        long overdue = data.candidate(vacancy, "Отказов Дмитрий");
        long pooled = data.candidate(vacancy, "Резервова Алина");
        long soon = data.candidate(data.vacancy(), "Скоров Павел");
        String url = invitations.invite(pooled, null).url();
        String token = url.substring(url.lastIndexOf('/') + 1);
        AssessmentPlan plan = assessments.open(token, "203.0.113.8").orElseThrow();
        assessments.consent(token, "203.0.113.8", plan.consent().version());
        assessments.submit(token);
        accounts.signOut();

        Page phone = browser.newPage(new Browser.NewPageOptions().setViewportSize(390, 844).setLocale("ru-RU"));
        phone.setDefaultTimeout(30_000);
        phone.navigate("http://localhost:" + port + "/a/" + token);
        assertThat(phone.locator("#talent-pool")).isVisible();
        phone.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS
                .resolve("talent-pool-offer.png")).setFullPage(true));
        phone.locator("#talent-pool-agree").click();
        phone.locator("#talent-pool-join").click();
        assertThat(phone.locator("#talent-pool-member")).containsText("Вы в кадровом резерве до");
        phone.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS
                .resolve("talent-pool.png")).setFullPage(true));
        phone.close();

        accounts.signIn(owner.email());
        candidates.moveTo(overdue, Stage.REJECTED, "Нет опыта построения отдела");
        candidates.moveTo(pooled, Stage.REJECTED, "Выбрали другого финалиста");
        clock.advance(Duration.ofDays(20));
        candidates.moveTo(soon, Stage.REJECTED, "Завышенные ожидания по доходу");
        clock.advance(Duration.ofDays(12));
        accounts.signOut();

        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1400, 900).setLocale("ru-RU")
                .setAcceptDownloads(true));
        page.setDefaultTimeout(30_000);
        signIn(page, port, owner);
        page.navigate("http://localhost:" + port + "/personal-data");
        assertThat(page.locator("#retention-due")).containsText("Отказов Дмитрий");
        assertThat(page.locator("#retention-due")).containsText("Резервова Алина");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS
                .resolve("personal-data.png")).setFullPage(true));

        page.locator("#retention-erase-now").click();
        page.locator("vaadin-confirm-dialog vaadin-button[slot=confirm-button]").click();
        assertThat(page.locator("vaadin-notification-card").first()).containsText("Данные уничтожены");
        // The grid keeps rows it no longer shows in its DOM; a fresh page reads only what the server still holds.
        page.reload();
        assertThat(page.locator("#retention-due")).containsText("Резервова Алина");
        assertThat(page.locator("#retention-due")).not().containsText("Отказов Дмитрий");
        assertThat(page.locator("#retention-due")).containsText("Резервова Алина");
        assertThat(page.locator("#retention-due")).containsText("Скоров Павел");
        Download act = page.waitForDownload(() -> page.locator("#retention-acts a").first().click());
        try (PdfReader reader = new PdfReader(Files.readAllBytes(act.path()))) {
            org.assertj.core.api.Assertions.assertThat(new PdfTextExtractor(reader).getTextFromPage(1))
                    .contains("Отказов Дмитрий").doesNotContain("Резервова Алина");
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS
                .resolve("personal-data-after.png")).setFullPage(true));
    }
}
