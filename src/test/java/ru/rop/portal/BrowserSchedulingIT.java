package ru.rop.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import ru.rop.portal.security.Role;
import ru.rop.portal.security.TestAccounts;

/**
 * An owner schedules an interview from the candidate card, the candidate confirms through the link on a phone, the
 * start page lists the interview and the owner starts the guided interview from the meeting.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BrowserSchedulingIT extends BrowserTestBase {

    @Autowired
    TestAccounts accounts;
    @Autowired
    TestData data;

    private static void shot(Locator locator, String name) {
        locator.screenshot(new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)));
    }

    @Test
    void anOwnerSchedulesAndTheCandidateConfirmsThroughTheLink() {
        TestAccounts.Account owner = accounts.create(Role.OWNER);
        accounts.signIn(owner.email());
        long candidate = data.candidate(data.vacancy(), "Соколова Мария Игоревна");
        accounts.signOut();

        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 900).setLocale("ru-RU"));
        page.setDefaultTimeout(30_000);
        signIn(page, port, owner);
        page.navigate("http://localhost:" + port + "/candidate/" + candidate);
        assertThat(page.locator("#meeting-section")).containsText("Интервью ещё не назначено");
        page.locator("#meeting-propose").click();
        Locator dialog = page.locator("vaadin-dialog-overlay");
        assertThat(page.locator("#meeting-duration input")).hasValue("60");
        page.locator("#meeting-interviewers input").fill(owner.email().substring(0, 12));
        page.locator("vaadin-multi-select-combo-box-item").filter(new Locator.FilterOptions()
                .setHasText(owner.email())).click();
        page.keyboard().press("Escape");
        page.locator("#meeting-video-link input").fill("http://meet.example.ru/room");
        page.locator("#meeting-send").click();
        assertThat(page.locator("#meeting-video-link")).hasAttribute("invalid", "");
        assertThat(page.locator("#meeting-video-link")).containsText("https://");
        page.locator("#meeting-video-link input").fill("https://meet.example.ru/room-12");
        page.locator("#meeting-time input").fill("14:30");
        page.locator("#meeting-time input").press("Enter");
        shot(dialog.first(), "meeting-dialog.png");
        page.locator("#meeting-send").click();
        String link = page.locator("#issued-secret input").inputValue();
        assertThat(link).contains("/m/");
        page.getByText("Я сохранил").click();
        assertThat(page.locator("#issued-secret")).isHidden();
        assertThat(page.locator("#meeting-state")).hasText("Предложено, ждём ответа кандидата");
        assertThat(page.locator("#meeting-when")).containsText("14:30");
        shot(page.locator("#meeting-section"), "meeting-card.png");

        page.navigate("http://localhost:" + port + "/");
        assertThat(page.locator("#upcoming-meetings")).containsText("Соколова Мария Игоревна");
        assertThat(page.locator("#upcoming-meetings")).containsText("Завтра");
        shot(page.locator("#upcoming-meetings"), "meeting-home.png");

        BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
                .setIsMobile(true).setHasTouch(true).setDeviceScaleFactor(2).setLocale("ru-RU"));
        Page candidatePage = phone.newPage();
        candidatePage.setDefaultTimeout(30_000);
        candidatePage.navigate(link);
        assertThat(candidatePage.locator("#meeting-moscow")).containsText("14:30");
        assertThat(candidatePage.locator("#meeting-page")).containsText("https://meet.example.ru/room-12");
        candidatePage.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(SCREENSHOTS.resolve("meeting-candidate-phone.png")));
        candidatePage.locator("#meeting-confirm").click();
        assertThat(candidatePage.locator("#meeting-status")).containsText("Вы подтвердили встречу");
        candidatePage.navigate(link.substring(0, link.length() - 3) + "xyz");
        assertThat(candidatePage.locator("#meeting-invalid")).isVisible();
        phone.close();

        page.navigate("http://localhost:" + port + "/candidate/" + candidate);
        assertThat(page.locator("#meeting-state")).hasText("Кандидат подтвердил");
        page.locator("#meeting-start-interview").click();
        page.waitForURL(Pattern.compile(".*/interview/\\d+"));
        page.close();
    }
}
