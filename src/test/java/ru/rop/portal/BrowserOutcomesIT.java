package ru.rop.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static ru.rop.portal.outcomes.OutcomeForms.anOutcome;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import ru.rop.portal.candidate.CandidateService;
import ru.rop.portal.candidate.Stage;
import ru.rop.portal.outcomes.OutcomeService;
import ru.rop.portal.security.Role;
import ru.rop.portal.security.TestAccounts;

/** An owner records a hire's outcome on the card and the validity page counts it, with correlations from five. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BrowserOutcomesIT extends BrowserTestBase {

    private static final Pattern HIRES = Pattern.compile("Нанятых с записанными итогами: (\\d+)");

    @Autowired
    TestAccounts accounts;
    @Autowired
    TestData data;
    @Autowired
    CandidateService candidates;
    @Autowired
    OutcomeService outcomes;

    private long hire(long vacancy, String name, int score) {
        long candidate = data.candidate(vacancy, name);
        data.interviewed(candidate, score, "Итог");
        candidates.moveTo(candidate, Stage.OFFER, null);
        candidates.moveTo(candidate, Stage.HIRED, null);
        outcomes.changeStartDate(candidate, LocalDate.now(ZoneOffset.UTC).minusMonths(4));
        return candidate;
    }

    private int hiresOnTheValidityPage(Page page) {
        page.navigate("http://localhost:" + port + "/validity");
        Matcher count = HIRES.matcher(page.locator("#validity-too-few, #validity-hires").first().innerText());
        assertThat(count.find()).isTrue();
        return Integer.parseInt(count.group(1));
    }

    @Test
    void anOutcomeRecordedOnTheCardChangesTheValidityPage() {
        TestAccounts.Account owner = accounts.create(Role.OWNER);
        accounts.signIn(owner.email());
        long vacancy = data.vacancy();
        for (int score = 1; score <= 4; score++) {
            long earlier = hire(vacancy, "Нанятый " + score, score);
            outcomes.record(earlier, anOutcome().withPlanAttainmentPct(60.0 + 15 * score).withOwnerRating(score)
                    .build());
        }
        long candidate = hire(vacancy, "Ковалёва Дарья", 5);
        accounts.signOut();

        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1400, 1000).setLocale("ru-RU"));
        page.setDefaultTimeout(30_000);
        signIn(page, port, owner);
        int before = hiresOnTheValidityPage(page);
        assertThat(before).isGreaterThanOrEqualTo(4);

        page.navigate("http://localhost:" + port + "/candidate/" + candidate);
        assertThat(page.locator("#outcomes-section")).containsText("Итоги после найма");
        page.locator("#outcome-plan input").fill("131");
        page.locator("#outcome-turnover input").fill("5");
        page.locator("#outcome-conversion input").fill("12");
        page.locator("#outcome-rating input").fill("5");
        page.locator("#outcome-note textarea").fill("Лучший квартал отдела");
        page.locator("#outcome-save").click();
        assertThat(page.locator("#outcomes-grid")).containsText("131,0");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/outcomes-recorded.png")));

        assertThat(hiresOnTheValidityPage(page)).isEqualTo(before + 1);
        assertThat(page.locator("#validity-predictors")).isVisible();
        assertThat(page.locator("#validity-predictors")).containsText("Средний балл компетенций");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/validity-after.png"))
                .setFullPage(true));
    }
}
