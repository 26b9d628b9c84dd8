package ru.rop.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import ru.rop.portal.security.Role;
import ru.rop.portal.security.TestAccounts;

/**
 * In a Russian browser a user switches to English in the user menu: the page reloads in English with
 * {@code lang="en"}, and a new sign-in on another browser opens in English too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BrowserLanguageIT extends BrowserTestBase {

    @Autowired
    TestAccounts accounts;

    @Test
    void theLanguageSwitchTurnsThePageEnglishAndTheAccountKeepsIt() {
        TestAccounts.Account hr = accounts.create(Role.HR);
        Page page = russianPage();
        signIn(page, port, hr);
        assertThat(page.locator("html")).hasAttribute("lang", "ru");

        page.locator("#language-switch vaadin-menu-bar-button").first().click();
        page.locator("vaadin-menu-bar-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("English")).click();

        assertThat(page.locator("vaadin-side-nav-item").first()).containsText("Home");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.getByText("Assessment content and documents are in Russian.")).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("language-english.png")));
        page.close();

        Page elsewhere = russianPage();
        signIn(elsewhere, port, hr);
        assertThat(elsewhere.locator("html")).hasAttribute("lang", "en");
        assertThat(elsewhere.locator("vaadin-side-nav-item").first()).containsText("Home");
        elsewhere.context().close();
    }

    private static Page russianPage() {
        Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800).setLocale("ru-RU"))
                .newPage();
        page.setDefaultTimeout(30_000);
        return page;
    }
}
