package ru.rop.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import ru.rop.portal.assessment.CandidateAssessmentService;
import ru.rop.portal.assessment.InvitationService;
import ru.rop.portal.candidate.CandidateService;
import ru.rop.portal.security.Role;
import ru.rop.portal.security.TestAccounts;
import ru.rop.portal.vacancy.CompanyProfileForm;
import ru.rop.portal.vacancy.PersonalDataOperator;
import ru.rop.portal.vacancy.VacancyService;

/**
 * The candidate's pages on a phone load nothing from another host, link the privacy policy, and the withdrawal
 * link from the completion page erases the candidate's data after a confirmation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BrowserPrivacyIT extends BrowserTestBase {

    @Autowired
    TestAccounts accounts;
    @Autowired
    TestData data;
    @Autowired
    InvitationService invitations;
    @Autowired
    CandidateAssessmentService assessments;
    @Autowired
    CandidateService candidates;
    @Autowired
    VacancyService vacancies;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    private static BrowserContext phone() {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setIsMobile(true)
                .setHasTouch(true).setDeviceScaleFactor(2).setLocale("ru-RU"));
    }

    private static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name))
                .setFullPage(true));
    }

    private static String token(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }

    @Test
    void theCandidatesPagesLoadNothingFromAnotherHostAndTheWithdrawalErases() {
        accounts.signIn(accounts.create(Role.OWNER).email());
        CompanyProfileForm profile = vacancies.companyProfile();
        if (profile.version() < 0) {
            profile = vacancies.saveCompanyProfile(new CompanyProfileForm("ООО «Тест»", null, null, null, null,
                    null, null, -1));
        }
        PersonalDataOperator operator = vacancies.saveOperator(new PersonalDataOperator(profile.name(),
                "620014, г. Екатеринбург, ул. Малышева, д. 51, офис 1203", "privacy@test.example",
                profile.version()));
        long taking = data.candidate(data.vacancy(), "Кравцова Ольга Игоревна");
        String takingUrl = invitations.invite(taking, 7).url();
        long done = data.candidate(data.vacancy(), "Ефимов Денис Олегович");
        String doneUrl = invitations.invite(done, 7).url();
        accounts.signOut();
        String doneToken = token(doneUrl);
        assessments.consent(doneToken, "203.0.113.61",
                assessments.open(doneToken, "203.0.113.61").orElseThrow().consent().version());
        assessments.submit(doneToken);

        String origin = "http://localhost:" + port + "/";
        List<String> requests = new CopyOnWriteArrayList<>();
        BrowserContext context = phone();
        context.onRequest(request -> requests.add(request.url()));
        Page page = context.newPage();
        page.setDefaultTimeout(30_000);

        page.navigate(takingUrl);
        assertThat(page.locator("#assessment-welcome")).isVisible();
        assertThat(page.locator("#privacy-footer a")).hasAttribute("href", "privacy");
        page.locator("#assessment-start").click();
        assertThat(page.locator("#assessment-consent")).containsText("Политика обработки персональных данных");
        page.locator("#consent-agree").click();
        page.locator("#consent-continue").click();
        page.locator("#section-begin").click();
        assertThat(page.locator("#assessment-item")).isVisible();

        Response policy = page.navigate(origin + "privacy");
        // The browser itself refuses anything from another host, should a page ever try.
        org.assertj.core.api.Assertions.assertThat(policy.allHeaders().get("content-security-policy"))
                .startsWith("default-src 'self';").contains("connect-src 'self'", "font-src 'self'")
                .doesNotContain("http", "*");
        org.assertj.core.api.Assertions.assertThat(policy.allHeaders()).containsEntry("x-frame-options", "DENY");
        assertThat(page.locator("#privacy-policy")).containsText(operator.name());
        assertThat(page.locator("#privacy-policy")).containsText("ул. Малышева");
        assertThat(page.locator("#privacy-policy")).containsText("privacy@test.example");
        assertThat(page.locator("#privacy-policy")).containsText("Роскомнадзор");
        assertThat(page.locator("#privacy-policy")).containsText("на территории Российской Федерации");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(
                "privacy-phone.png")));
        page.locator("h2", new Page.LocatorOptions().setHasText("Ваши права")).scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(
                "privacy-rights-phone.png")));

        page.navigate(doneUrl);
        assertThat(page.locator("#assessment-completed")).isVisible();
        page.locator("#withdrawal-link").click();
        assertThat(page.locator("#withdrawal")).containsText("ООО «Тест»");
        assertThat(page.locator("#withdrawal")).containsText("Удаление произойдёт сразу");
        shot(page, "withdrawal-phone.png");
        page.locator("#withdrawal-confirm").click();
        assertThat(page.locator("#withdrawal-done")).containsText("Согласие отозвано, данные удалены");
        shot(page, "withdrawal-done-phone.png");
        page.navigate(doneUrl + "/withdraw");
        assertThat(page.locator("#withdrawal-invalid")).isVisible();
        context.close();

        org.assertj.core.api.Assertions.assertThat(requests).as("every request of the candidate's pages")
                .isNotEmpty()
                .allSatisfy(url -> org.assertj.core.api.Assertions.assertThat(url)
                        .matches(u -> u.startsWith(origin) || u.startsWith("data:") || u.startsWith("blob:"),
                                "goes to " + origin));
        accounts.signIn(TestAccounts.OWNER_EMAIL);
        org.assertj.core.api.Assertions.assertThat(candidates.find(done)).as("erased by the withdrawal").isEmpty();
        org.assertj.core.api.Assertions.assertThat(candidates.find(taking)).isPresent();
    }
}
