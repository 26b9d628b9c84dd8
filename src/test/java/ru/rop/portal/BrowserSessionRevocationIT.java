package ru.rop.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import ru.rop.portal.security.Role;
import ru.rop.portal.security.TestAccounts;

/**
 * Two browsers at once, the owner's and a colleague's: when the owner disables the colleague, the colleague's tab
 * that is already open lands on the login view at its next click; changing one's own password keeps this browser
 * signed in and signs the other one out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BrowserSessionRevocationIT extends BrowserTestBase {

    private static final Pattern LOGIN = Pattern.compile(".*/login$");

    @Autowired
    TestAccounts accounts;

    private BrowserContext first;
    private BrowserContext second;

    @AfterEach
    void closeContexts() {
        first.close();
        second.close();
    }

    @Test
    void theOwnerDisablesAColleagueWhoseOpenTabIsSentToTheLoginView() {
        TestAccounts.Account hr = accounts.create(Role.HR);
        TestAccounts.Account owner = accounts.create(Role.OWNER);
        Page colleague = signedIn(first = newContext(), hr);
        colleague.navigate(url("/candidates"));
        assertThat(colleague.locator("vaadin-side-nav")).isVisible();

        Page boss = signedIn(second = newContext(), owner);
        boss.navigate(url("/settings/users"));
        actionsOf(boss, hr.email()).getByText("Отключить").click();
        boss.locator("vaadin-confirm-dialog vaadin-button[slot=confirm-button]").click();
        assertThat(boss.getByText("Пользователь отключён")).isVisible();

        // The colleague's tab was open all along: its next round-trip finds the session gone.
        colleague.locator("vaadin-side-nav").getByText("Главная").click();
        assertThat(colleague).hasURL(LOGIN);
        assertThat(colleague.getByLabel("Электронная почта")).isVisible();
        // And the old cookie opens nothing either.
        colleague.navigate(url("/candidates"));
        assertThat(colleague).hasURL(LOGIN);
    }

    @Test
    void changingOnesOwnPasswordSignsOutTheOtherBrowserOnly() {
        TestAccounts.Account hr = accounts.create(Role.HR);
        Page here = signedIn(first = newContext(), hr);
        Page elsewhere = signedIn(second = newContext(), hr);
        elsewhere.navigate(url("/candidates"));
        assertThat(elsewhere.locator("vaadin-side-nav")).isVisible();

        here.navigate(url("/account"));
        here.locator("#current-password input").fill(hr.password());
        here.locator("#new-password input").fill("Velvet-Harbour-Lantern-7");
        here.locator("#repeat-password input").fill("Velvet-Harbour-Lantern-7");
        here.locator("#change-password").click();
        assertThat(here.getByText("Пароль изменён")).isVisible();

        here.locator("vaadin-side-nav").getByText("Главная").click();
        assertThat(here.locator("vaadin-side-nav")).isVisible();
        here.navigate(url("/candidates"));
        assertThat(here).not().hasURL(LOGIN);
        assertThat(here.locator("vaadin-side-nav")).isVisible();

        elsewhere.locator("vaadin-side-nav").getByText("Главная").click();
        assertThat(elsewhere).hasURL(LOGIN);
    }

    private BrowserContext newContext() {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(1500, 1900).setLocale("ru-RU"));
    }

    private Page signedIn(BrowserContext context, TestAccounts.Account account) {
        Page page = context.newPage();
        page.setDefaultTimeout(30_000);
        signIn(page, port, account);
        return page;
    }

    /**
     * The actions cell of the account's row: Vaadin's grid lays its cells out row by row, six to a row. The grid
     * renders only the rows in view, and a database shared with other tests holds many accounts, so it is scrolled
     * to the row first.
     */
    private static Locator actionsOf(Page page, String email) {
        Locator cells = page.locator("#users-grid vaadin-grid-cell-content");
        Locator grid = page.locator("#users-grid");
        page.waitForFunction("() => document.querySelector('#users-grid')?.size > 0");
        Locator row = cells.filter(new Locator.FilterOptions().setHasText(email));
        int size = ((Number) grid.evaluate("grid => grid.size")).intValue();
        for (int index = 0; row.count() == 0 && index < size; index += 10) {
            grid.evaluate("(grid, index) => grid.scrollToIndex(index)", index);
            page.waitForTimeout(150);
        }
        assertThat(row).hasCount(1);
        int index = ((Number) cells.evaluateAll("(cells, email) => cells.findIndex(c => c.textContent.trim() === email)",
                email)).intValue();
        return cells.nth(index + 4);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
