package ru.rop.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.rop.portal.security.TestAccounts;

/**
 * What every browser test shares: the system Chromium launched once per class, the server's port and the sign-in
 * through the login form. Browser tests are named {@code *IT} and run by failsafe in {@code ./mvnw verify}, so
 * {@code ./mvnw test} stays the quick loop without a browser.
 */
public abstract class BrowserTestBase {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    protected static Playwright playwright;
    protected static Browser browser;

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void startChromium() {
        playwright = Playwright.create();
        browser = launch(playwright);
        // Two cores shared with other builds: the first page of a fresh server can take longer than 5 s.
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
    }

    @AfterAll
    static void stopChromium() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    /** The system Chromium with the flags this machine's closed network needs. */
    static Browser launch(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium())
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
    }

    /** Signs the account in through the login form and waits for the app shell. */
    static void signIn(Page page, int port, TestAccounts.Account account) {
        page.navigate("http://localhost:" + port + "/login");
        page.getByLabel("Электронная почта").fill(account.email());
        page.getByLabel("Пароль").fill(account.password());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Войти")).click();
        assertThat(page.locator("vaadin-side-nav")).isVisible();
    }

    /** The system Chromium (Debian's package); Playwright's own browser download is not available here. */
    private static Path chromium() {
        String configured = System.getenv("CHROMIUM_PATH");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Stream.of(System.getenv("PATH").split(java.io.File.pathSeparator))
                .flatMap(dir -> Stream.of(Path.of(dir, "chromium"), Path.of(dir, "chromium-browser")))
                .filter(Files::isExecutable)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "Chromium is not installed: apt-get install chromium (or set CHROMIUM_PATH)"));
    }
}
