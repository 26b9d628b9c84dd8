package ru.rop.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import ru.rop.portal.security.TestAccounts;

/** A person in the system Chromium: signs in as the owner, sees the menu, opens the model, signs out. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BrowserSignInIT extends BrowserTestBase {

    @Test
    void ownerSignsInSeesTheMenuAndSignsOut() {
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 800).setLocale("ru-RU"));
        page.setDefaultTimeout(30_000);
        page.navigate("http://localhost:" + port + "/");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login$"));
        assertThat(page.getByText("Найм руководителя отдела продаж: интервью, кейсы, профиль кандидата")).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("login.png")));

        page.getByLabel("Электронная почта").fill(TestAccounts.OWNER_EMAIL);
        page.getByLabel("Пароль").fill("wrong password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Войти")).click();
        assertThat(page.getByText("Неверный e-mail или пароль")).isVisible();

        page.getByLabel("Электронная почта").fill(TestAccounts.OWNER_EMAIL);
        page.getByLabel("Пароль").fill(TestAccounts.OWNER_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Войти")).click();

        var nav = page.locator("vaadin-side-nav");
        assertThat(nav.getByText("Главная")).isVisible();
        assertThat(nav.getByText("Модель компетенций")).isVisible();
        assertThat(nav.getByText("Пользователи")).isVisible();
        assertThat(nav.getByText("API-ключи")).isVisible();
        assertThat(page.getByText("Изучите модель РОП")).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("home-owner.png")));

        nav.getByText("Модель компетенций").click();
        assertThat(page.getByText("Деловая колбаса").first()).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("model.png")).setFullPage(true));

        page.locator("#classifier-preset").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Автократ")).click();
        assertThat(page.locator("#classifier-type")).hasText("Автократ");
        assertThat(page.locator("#classifier-result")).containsText("Чёткий тип");
        assertThat(page.locator(".rop-radar svg path").first()).isAttached();
        page.setViewportSize(1280, 1900); // the layout scrolls inside; a tall viewport shows the whole panel
        page.locator("#classifier").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("classifier.png")));
        page.locator(".rop-competencies").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("competencies.png")));

        page.setViewportSize(1280, 800);
        nav.getByText("Пользователи").click();
        assertThat(page.locator("#users-grid")).isVisible();
        assertThat(page.getByText(TestAccounts.OWNER_EMAIL).first()).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("users.png")));

        page.locator("#sign-out").click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login$"));
        page.navigate("http://localhost:" + port + "/settings/users");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login$"));
    }
}
