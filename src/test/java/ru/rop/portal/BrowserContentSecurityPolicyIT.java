package ru.rop.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.LoadState;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import ru.rop.portal.assessment.InvitationService;
import ru.rop.portal.security.Role;
import ru.rop.portal.security.TestAccounts;

/**
 * Issue 17, point 12: the content security policy as the browser enforces it. Sign-in, the staff's main views, the
 * Swagger UI and a candidate's link are opened and used in Chromium; every violation the browser reports (the
 * {@code securitypolicyviolation} event and Chromium's own console message) is collected, and there must be none.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BrowserContentSecurityPolicyIT extends BrowserTestBase {

    /** Reports each violation to the console, where the test collects it, with what was blocked and where. */
    private static final String REPORT_VIOLATIONS = """
            document.addEventListener('securitypolicyviolation', e => console.error('CSP violation: '
                + e.effectiveDirective + ' blocked ' + (e.blockedURI || '?') + ' at ' + (e.sourceFile || '?') + ':'
                + e.lineNumber + ' ' + (e.sample || '')));
            """;

    @Autowired
    TestAccounts accounts;
    @Autowired
    TestData data;
    @Autowired
    InvitationService invitations;

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    private static BrowserContext watched(List<String> violations) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)
                .setLocale("ru-RU"));
        context.addInitScript(REPORT_VIOLATIONS);
        context.onPage(page -> page.onConsoleMessage(message -> {
            String text = message.text();
            if (text.startsWith("CSP violation") || text.contains("Content Security Policy")) {
                violations.add(page.url() + " → " + text);
            }
        }));
        return context;
    }

    /** Opens the page in full (a fresh Vaadin bootstrap) and lets its requests settle. */
    private void open(Page page, String path) {
        Response response = page.navigate(url(path));
        assertThat(response.headers().get("content-security-policy")).as(path).contains("script-src");
        page.waitForLoadState(LoadState.NETWORKIDLE);
    }

    @Test
    void signInTheMainViewsAndACandidateLinkRunWithoutAViolation() {
        accounts.signIn(accounts.create(Role.OWNER).email());
        long vacancy = data.vacancy();
        long candidate = data.candidate(vacancy, "Строгова Полина Игоревна");
        String link = invitations.invite(candidate, 7).url();
        accounts.signOut();
        List<String> violations = new CopyOnWriteArrayList<>();
        try {
            use(violations, vacancy, candidate, link);
        } catch (PlaywrightException e) {
            // A page the policy broke usually times out: the violations say why, so they are reported first.
            assertThat(violations).as(String.join("\n", violations)).isEmpty();
            throw e;
        }
        assertThat(violations).as(String.join("\n", violations)).isEmpty();
    }

    private void use(List<String> violations, long vacancy, long candidate, String link) {
        try (BrowserContext staff = watched(violations)) {
            Page page = staff.newPage();
            page.setDefaultTimeout(30_000);
            signIn(page, port, new TestAccounts.Account(TestAccounts.OWNER_EMAIL,
                    TestAccounts.OWNER_PASSWORD));
            page.waitForLoadState(LoadState.NETWORKIDLE);
            for (String path : List.of("", "vacancies", "vacancy/" + vacancy, "candidate/" + candidate,
                    "candidate/" + candidate + "/profile", "vacancy/" + vacancy + "/job-description",
                    "vacancy/" + vacancy + "/interview-kit", "vacancy/" + vacancy + "/reports", "candidates",
                    "model", "audit", "personal-data", "settings/company", "settings/users", "settings/api-keys",
                    "account")) {
                open(page, path);
                assertThat(page.locator("vaadin-side-nav")).isVisible();
            }
            // Client-side navigation, not only full loads.
            page.locator("vaadin-side-nav").getByText("Модель компетенций").click();
            assertThat(page.getByText("Деловая колбаса").first()).isVisible();
            page.waitForLoadState(LoadState.NETWORKIDLE);
            // Swagger UI, in its own filter chain, for the signed-in person.
            page.navigate(url("api/docs"));
            assertThat(page.locator(".swagger-ui .info .title")).containsText("РОП-портал API");
            page.waitForLoadState(LoadState.NETWORKIDLE);
        }

        try (BrowserContext candidateBrowser = watched(violations)) {
            Page page = candidateBrowser.newPage();
            page.setDefaultTimeout(30_000);
            page.navigate(link);
            assertThat(page.locator("#assessment-welcome")).isVisible();
            page.locator("#assessment-start").click();
            page.locator("#consent-agree").click();
            page.locator("#consent-continue").click();
            page.locator("#section-begin").click();
            page.locator("#option-1").click();
            assertThat(page.locator("#assessment-where")).containsText("ситуация 2 из");
            page.waitForLoadState(LoadState.NETWORKIDLE);
            open(page, link.substring(link.indexOf("/a/") + 1) + "/withdraw");
            open(page, "privacy");
            open(page, "login");
        }
    }
}
