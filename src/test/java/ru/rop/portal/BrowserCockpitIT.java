package ru.rop.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static ru.rop.portal.candidate.CandidateForms.aCandidate;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import ru.rop.portal.assessment.InvitationService;
import ru.rop.portal.candidate.CandidateService;
import ru.rop.portal.candidate.Source;
import ru.rop.portal.candidate.Stage;
import ru.rop.portal.interview.InterviewService;
import ru.rop.portal.security.Role;
import ru.rop.portal.security.TestAccounts;

/** The owner's start page with the cockpit of a vacancy with history, and its board with the cards' badges. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BrowserCockpitIT extends BrowserTestBase {

    @Autowired
    TestAccounts accounts;
    @Autowired
    TestData data;
    @Autowired
    CandidateService candidates;
    @Autowired
    InvitationService invitations;
    @Autowired
    InterviewService interviews;
    @Autowired
    TestClock clock;

    @AfterEach
    void reset() {
        clock.reset();
    }

    @Test
    void theOwnerSeesTheCockpitAndTheBoardWithBadges() {
        TestAccounts.Account owner = accounts.create(Role.OWNER);
        long vacancy = accounts.asOwner(() -> {
            // The newest vacancy, so the cockpit opens on it; its history is written in the past, so that the
            // sign-in below happens at the real time.
            long id = data.vacancy();
            clock.advance(Duration.ofDays(-60));
            List<String> names = List.of("Орлов Сергей", "Белова Марина", "Кузнецов Антон", "Смирнова Ольга",
                    "Васильев Игорь", "Попова Елена", "Никитин Роман", "Фёдорова Анна", "Громов Павел");
            List<Source> sources = List.of(Source.REFERRAL, Source.JOB_BOARD, Source.JOB_BOARD, Source.AGENCY,
                    Source.REFERRAL, Source.JOB_BOARD, Source.SOCIAL, Source.JOB_BOARD, Source.REFERRAL);
            List<Stage> reached = List.of(Stage.HIRED, Stage.OFFER, Stage.FINALIST, Stage.INTERVIEW, Stage.CASE,
                    Stage.ASSESSMENT_SENT, Stage.NEW, Stage.REJECTED, Stage.INTERVIEW);
            for (int i = 0; i < names.size(); i++) {
                long candidate = candidates.create(aCandidate(id).withFullName(names.get(i))
                        .withSource(sources.get(i)).build()).id();
                clock.advance(Duration.ofHours(20));
                walk(candidate, reached.get(i));
                if (i == 2 || i == 4) {
                    data.interviewed(candidate, i == 2 ? 4 : 3, "Вывод интервьюера");
                }
            }
            return id;
        });
        accounts.signIn(owner.email());
        interviews.start(candidates.page(vacancy, new ru.rop.portal.candidate.CandidateFilter("Громов", Set.of()),
                org.springframework.data.domain.Sort.unsorted(), 0, 1).getFirst().id());
        accounts.signOut();
        clock.reset();

        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1400, 1300).setLocale("ru-RU"));
        page.setDefaultTimeout(30_000);
        signIn(page, port, owner);
        assertThat(page.locator("#cockpit")).isVisible();
        assertThat(page.locator("#cockpit-funnel svg")).isVisible();
        assertThat(page.locator("#cockpit-my-interviews")).containsText("Громов Павел");
        page.locator("#cockpit-funnel vaadin-details-summary").click();
        assertThat(page.locator("#cockpit-funnel table")).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("home-owner.png"))
                .setFullPage(true));

        page.navigate("http://localhost:" + port + "/vacancy/" + vacancy);
        assertThat(page.locator("#board")).isVisible();
        assertThat(page.locator("#board")).containsText("Средний балл");
        page.setViewportSize(1400, 900);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("board.png")));
    }

    /** Moves a candidate forward stage by stage, a day apart, up to the stage given. */
    private void walk(long candidate, Stage target) {
        if (target == Stage.REJECTED) {
            clock.advance(Duration.ofDays(2));
            candidates.moveTo(candidate, Stage.REJECTED, "Не подходит по опыту");
            return;
        }
        for (Stage stage : List.of(Stage.ASSESSMENT_SENT, Stage.ASSESSMENT_DONE, Stage.INTERVIEW, Stage.CASE,
                Stage.FINALIST, Stage.OFFER, Stage.HIRED)) {
            if (stage.ordinal() > target.ordinal()) {
                return;
            }
            clock.advance(Duration.ofHours(12L * stage.ordinal()));
            if (stage == Stage.ASSESSMENT_SENT) {
                invitations.invite(candidate, null);
            } else {
                candidates.moveTo(candidate, stage, null);
            }
        }
    }
}
