package ru.rop.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import ru.rop.portal.assessment.AssessmentLibrary;
import ru.rop.portal.assessment.InvitationService;
import ru.rop.portal.assessment.InvitationStatus;
import ru.rop.portal.cases.CaseLibrary;
import ru.rop.portal.cases.CaseMode;
import ru.rop.portal.cases.CaseService;
import ru.rop.portal.report.CandidateProfile;
import ru.rop.portal.report.ProfileService;
import ru.rop.portal.security.Role;
import ru.rop.portal.security.TestAccounts;

/**
 * A candidate takes the assessment on a phone: welcome, consent, answers, the browser closed midway, the same link
 * on another device resumes where they stopped, the case written, submitted; the profile then has a type.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BrowserAssessmentIT extends BrowserTestBase {

    @Autowired
    TestAccounts accounts;
    @Autowired
    TestData data;
    @Autowired
    InvitationService invitations;
    @Autowired
    CaseService cases;
    @Autowired
    AssessmentLibrary library;
    @Autowired
    CaseLibrary caseLibrary;
    @Autowired
    ProfileService profiles;

    private static BrowserContext phone() {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setIsMobile(true)
                .setHasTouch(true).setDeviceScaleFactor(2).setLocale("ru-RU"));
    }

    private static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name))
                .setFullPage(true));
    }

    @Test
    void aCandidateTakesTheAssessmentOnAPhoneAcrossTwoDevices() {
        accounts.signIn(accounts.create(Role.OWNER).email());
        long candidate = data.candidate(data.vacancy(), "Смирнова Анна Сергеевна");
        cases.assign(candidate, caseLibrary.cases().getFirst().id(), CaseMode.WRITTEN);
        String url = invitations.invite(candidate, 7).url();
        accounts.signOut();
        int situational = library.situationalItems().size();
        int blocks = library.blocks().size();

        BrowserContext first = phone();
        Page page = first.newPage();
        page.setDefaultTimeout(30_000);
        page.navigate(url);
        assertThat(page.locator("#assessment-welcome")).containsText("ООО «Тест»");
        assertThat(page.locator("#assessment-honest")).containsText("интервью и кейсы весят больше");
        assertThat(page.locator("#assessment-welcome")).not().containsText("правильных");
        shot(page, "assessment-welcome.png");
        page.locator("#assessment-start").click();
        assertThat(page.locator("#assessment-consent")).containsText("Смирнова Анна Сергеевна");
        assertThat(page.locator("#consent-continue")).isDisabled();
        shot(page, "assessment-consent.png");
        page.locator("#consent-agree").click();
        page.locator("#consent-continue").click();
        page.locator("#section-begin").click();
        for (int i = 1; i <= 5; i++) {
            assertThat(page.locator("#assessment-where")).containsText("ситуация " + i + " из " + situational);
            if (i == 3) {
                shot(page, "assessment-item.png");
            }
            page.locator("#option-1").click();
        }
        assertThat(page.locator("#assessment-where")).containsText("ситуация 6 из");
        first.close();

        BrowserContext second = phone();
        page = second.newPage();
        page.setDefaultTimeout(30_000);
        page.navigate(url);
        assertThat(page.locator("#assessment-where")).containsText("ситуация 6 из " + situational);
        assertThat(page.locator("#assessment-done-count")).containsText("Отвечено 5 из");
        for (int i = 6; i <= situational; i++) {
            assertThat(page.locator("#assessment-where")).containsText("ситуация " + i + " из");
            page.locator("#option-" + (i % 4 + 1)).click();
        }
        assertThat(page.locator("#section-intro")).containsText("больше всего похоже");
        page.locator("#section-begin").click();
        for (int i = 1; i <= blocks; i++) {
            assertThat(page.locator("#assessment-where")).containsText("блок " + i + " из " + blocks);
            int most = i % 3 + 1;
            int least = (i + 1) % 3 + 1;
            if (i == 1) {
                // «Most» on the card marked «least» moves the mark there; the block is not done until both are made.
                assertThat(page.locator("#fc-status")).containsText("Отметьте одно утверждение");
                page.locator("#fc-least-" + most).click();
                assertThat(page.locator("#fc-least-" + most)).hasAttribute("aria-pressed", "true");
                page.locator("#fc-most-" + most).click();
                assertThat(page.locator("#fc-most-" + most)).hasAttribute("aria-pressed", "true");
                assertThat(page.locator("#fc-least-" + most)).hasAttribute("aria-pressed", "false");
                assertThat(page.locator("#assessment-next")).containsText("Ответить позже");
            } else {
                page.locator("#fc-most-" + most).click();
                assertThat(page.locator("#fc-most-" + most)).hasAttribute("aria-pressed", "true");
            }
            if (i == 3) {
                // Saved with the first pick: a reload on the half-answered block keeps it.
                page.reload();
                assertThat(page.locator("#assessment-where")).containsText("блок 3 из");
                assertThat(page.locator("#fc-most-" + most)).hasAttribute("aria-pressed", "true");
                assertThat(page.locator("#fc-card-" + most)).hasClass(Pattern.compile(".*rop-fc-card-most.*"));
            }
            page.locator("#fc-least-" + least).click();
            assertThat(page.locator("#fc-least-" + least)).hasAttribute("aria-pressed", "true");
            assertThat(page.locator("#fc-status")).containsText("Блок заполнен");
            assertThat(page.locator("#assessment-next")).containsText("Дальше");
            if (i == 2) {
                shot(page, "assessment-block.png");
            }
            if (i == 3) {
                page.reload();
                assertThat(page.locator("#fc-most-" + most)).hasAttribute("aria-pressed", "true");
                assertThat(page.locator("#fc-least-" + least)).hasAttribute("aria-pressed", "true");
            }
            page.locator("#assessment-next").click();
        }
        page.locator("#section-begin").click();
        page.locator("#case-answer textarea").fill("Предлагаю два варианта: пакет «поставка плюс монтаж» для "
                + "складов, где важен срок, и ценовую версию от 100 стеллажей. Рекомендую первый: маржа сохраняется.");
        assertThat(page.locator("#case-saved")).containsText("Сохранено");
        shot(page, "assessment-case.png");
        page.locator("#assessment-next").click();
        assertThat(page.locator("#assessment-review")).containsText("Отвечено " + (situational + blocks + 1));
        page.locator("#assessment-submit").click();
        page.locator("vaadin-confirm-dialog vaadin-button[slot=confirm-button]").click();
        assertThat(page.locator("#assessment-completed")).containsText("ООО «Тест»");
        shot(page, "assessment-completed.png");

        page.navigate(url);
        assertThat(page.locator("#assessment-completed")).isVisible();
        page.navigate("http://localhost:" + port + "/a/" + "x".repeat(43));
        assertThat(page.locator("#assessment-invalid")).isVisible();
        assertThat(page.locator("body")).not().containsText("ООО «Тест»");
        second.close();

        accounts.signIn(accounts.create(Role.HR).email());
        CandidateProfile profile = profiles.profile(candidate);
        org.assertj.core.api.Assertions.assertThat(profile.assessmentStatus()).isEqualTo(InvitationStatus.COMPLETED);
        org.assertj.core.api.Assertions.assertThat(profile.classification()).isNotNull();
        accounts.signOut();
    }
}
