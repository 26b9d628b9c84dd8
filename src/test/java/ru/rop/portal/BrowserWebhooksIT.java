package ru.rop.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import ru.rop.portal.candidate.CandidateService;
import ru.rop.portal.candidate.Stage;
import ru.rop.portal.security.Role;
import ru.rop.portal.security.TestAccounts;
import ru.rop.portal.webhooks.WebhookEventType;
import ru.rop.portal.webhooks.WebhookService;

/**
 * An owner's «Вебхуки» page in Chromium: an endpoint of a CRM that accepts, one that always answers 500 (its
 * deliveries fail after their short retry time here), the delivery log with «send again», a new endpoint's secret.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "rop.webhooks.allow-private=true", "rop.webhooks.poll-interval=200ms", "rop.webhooks.first-retry=100ms",
        "rop.webhooks.max-retry=200ms", "rop.webhooks.retry-for=1s"})
@ActiveProfiles("test")
class BrowserWebhooksIT extends BrowserTestBase {

    @Autowired
    TestAccounts accounts;
    @Autowired
    TestData data;
    @Autowired
    CandidateService candidates;
    @Autowired
    WebhookService webhooks;

    @Test
    void theOwnerSeesDeliveriesSendsOneAgainAndAddsAnEndpoint() throws Exception {
        HttpServer crm = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        crm.createContext("/ok", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        crm.createContext("/broken", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        crm.start();
        try {
            String base = "http://127.0.0.1:" + crm.getAddress().getPort();
            TestAccounts.Account owner = accounts.create(Role.OWNER);
            accounts.signIn(owner.email());
            webhooks.register(base + "/ok", EnumSet.of(WebhookEventType.CANDIDATE_CREATED,
                    WebhookEventType.STAGE_CHANGED));
            webhooks.register(base + "/broken", EnumSet.of(WebhookEventType.STAGE_CHANGED));
            long vacancy = data.vacancy();
            long candidate = data.candidate(vacancy, "Васильева Анна");
            candidates.moveTo(candidate, Stage.INTERVIEW, null);
            accounts.signOut();

            Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1500, 950).setLocale("ru-RU"));
            page.setDefaultTimeout(30_000);
            signIn(page, port, owner);
            page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("Вебхуки")).click();
            assertThat(page.locator("h2")).containsText("Вебхуки");

            page.locator("#webhooks-grid vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                    .setHasText(base + "/ok")).first().click();
            assertThat(page.locator("#webhook-deliveries")).containsText("доставлено");
            assertThat(page.locator("#webhook-deliveries")).containsText("204");

            page.waitForTimeout(2500); // the broken endpoint's retry time runs out
            page.locator("#webhooks-grid vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                    .setHasText(base + "/broken")).first().click();
            page.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Обновить")).click();
            assertThat(page.locator("#webhook-deliveries")).containsText("не доставлено");
            assertThat(page.locator("#webhook-deliveries")).containsText("HTTP 500");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(
                    "webhooks.png")).setFullPage(true));

            page.locator("#webhook-deliveries vaadin-button").filter(new Locator.FilterOptions()
                    .setHasText("Отправить снова")).first().click();
            assertThat(page.locator("vaadin-notification-card")).containsText("Доставка поставлена в очередь");

            page.locator("#webhook-url input").fill("https://93.184.215.14/crm/rop");
            page.locator("#webhook-events vaadin-checkbox").filter(new Locator.FilterOptions()
                    .setHasText("Решение принято")).click();
            page.locator("#create-webhook").click();
            assertThat(page.locator("#issued-secret input")).hasValue(java.util.regex.Pattern.compile("^whsec_.+"));
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(
                    "webhooks-secret.png")));
        } finally {
            crm.stop(0);
            accounts.signIn(accounts.create(Role.OWNER).email());
            webhooks.endpoints().forEach(endpoint -> webhooks.delete(endpoint.id()));
            accounts.signOut();
        }
    }
}
