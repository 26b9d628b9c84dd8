package ru.rop.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import ru.rop.portal.assessment.AssessmentPlan;
import ru.rop.portal.assessment.AssessmentSection;
import ru.rop.portal.assessment.CandidateAssessmentService;
import ru.rop.portal.assessment.InvitationService;
import ru.rop.portal.cases.CaseMode;
import ru.rop.portal.cases.CaseService;
import ru.rop.portal.classification.Classification;
import ru.rop.portal.classification.RopTypeId;
import ru.rop.portal.interview.InterviewService;
import ru.rop.portal.interview.InterviewSession;
import ru.rop.portal.report.CandidateProfile;
import ru.rop.portal.report.ProfileService;
import ru.rop.portal.security.Role;
import ru.rop.portal.security.TestAccounts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each documented type played through the real screens. The answers in src/test/resources/type-play/ were
 * chosen by people (helpers) who knew only one type's description and saw only what a candidate and an
 * interviewer see — never the keys. Here a phone takes the candidate's assessment by the link, a tablet runs the
 * owner's interview and scores the oral cases, and the profile page says where the person landed. The table goes
 * to target/simulation/ui-play.md and is quoted in docs/classification.md.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BrowserTypePlayIT extends BrowserTestBase {

    private static final Path ANSWERS = Path.of("src", "test", "resources", "type-play");

    @Autowired
    TestAccounts accounts;
    @Autowired
    TestData data;
    @Autowired
    InvitationService invitations;
    @Autowired
    CandidateAssessmentService assessments;
    @Autowired
    InterviewService interviews;
    @Autowired
    CaseService cases;
    @Autowired
    ProfileService profiles;

    @Test
    void everyTypePlayedFromItsDescriptionLandsWhereTheTableSays() throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(ANSWERS)) {
            files = listed.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).hasSize(RopTypeId.values().length);
        List<String> rows = new ArrayList<>(List.of(
                "| тип, который играли | онлайн-оценка: первый тип | после интервью и кейсов | совпадение | уровень | "
                        + "рекомендация |", "|---|---|---|---|---|---|"));
        int right = 0;
        for (Path file : files) {
            JsonNode answers = JsonMapper.builder().build().readTree(Files.readString(file));
            RopTypeId played = RopTypeId.valueOf(answers.get("type").asString());
            TestAccounts.Account owner = accounts.create(Role.OWNER);
            accounts.signIn(owner.email());
            long candidate = data.candidate(data.vacancy(), "Игрок " + played);
            String url = invitations.invite(candidate, 7).url();
            accounts.signOut();

            takeTheAssessment(url, answers);
            accounts.signIn(owner.email());
            Classification online = profiles.profile(candidate).classification();
            accounts.signOut();

            interview(owner, candidate, answers);
            Classification result = profilePage(owner, candidate, played);
            accounts.signIn(owner.email());
            CandidateProfile profile = profiles.profile(candidate);
            accounts.signOut();
            if (result.best().type() == played) {
                right++;
            }
            rows.add("| " + played + " | " + (online == null ? "—" : online.best().type() + " ("
                    + online.certainty().name().toLowerCase(Locale.ROOT) + ")") + " | " + result.best().type()
                    + " | " + Math.round(result.best().match() * 100) + " % | "
                    + result.certainty().name().toLowerCase(Locale.ROOT) + " | "
                    + profile.recommendation().value() + " |");
        }
        rows.add("");
        rows.add("На свой тип: " + right + " из " + files.size() + ".");
        Files.createDirectories(Path.of("target", "simulation"));
        Files.write(Path.of("target", "simulation", "ui-play.md"), rows);
        assertThat(right).as("types played from their description landing on themselves").isGreaterThanOrEqualTo(7);
    }

    /** The candidate on a phone: consent, every situation and block as recorded, submit. */
    private void takeTheAssessment(String url, JsonNode answers) {
        String token = url.substring(url.lastIndexOf('/') + 1);
        BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
                .setLocale("ru-RU"));
        Page page = phone.newPage();
        page.setDefaultTimeout(30_000);
        page.navigate(url);
        page.locator("#assessment-start").click();
        page.locator("#consent-agree").click();
        page.locator("#consent-continue").click();
        page.locator("#section-begin").click();
        // The order the screen shows is the candidate's own shuffle: read it to know which place holds which option.
        AssessmentPlan plan = assessments.current(token);
        List<AssessmentPlan.Item> situations = plan.items().stream()
                .filter(i -> i.kind() == AssessmentSection.SITUATIONAL).toList();
        for (int i = 0; i < situations.size(); i++) {
            AssessmentPlan.Item item = situations.get(i);
            assertThat(page.locator("#assessment-where")).containsText("ситуация " + (i + 1) + " из");
            String chosen = answers.get("situational").get(item.id()).asString();
            page.locator("#option-" + (position(item, chosen) + 1)).click();
        }
        page.locator("#section-begin").click();
        List<AssessmentPlan.Item> blocks = plan.items().stream()
                .filter(i -> i.kind() == AssessmentSection.SELF).toList();
        for (int i = 0; i < blocks.size(); i++) {
            AssessmentPlan.Item block = blocks.get(i);
            assertThat(page.locator("#assessment-where")).containsText("блок " + (i + 1) + " из");
            JsonNode picks = answers.get("blocks").get(block.id());
            page.locator("#fc-most-" + (position(block, picks.get("most").asString()) + 1)).click();
            page.locator("#fc-least-" + (position(block, picks.get("least").asString()) + 1)).click();
            assertThat(page.locator("#fc-status")).containsText("Блок заполнен");
            page.locator("#assessment-next").click();
        }
        assertThat(page.locator("#assessment-review")).containsText("Отвечено " + (situations.size() + blocks.size()));
        page.locator("#assessment-submit").click();
        page.locator("vaadin-confirm-dialog vaadin-button[slot=confirm-button]").click();
        assertThat(page.locator("#assessment-completed")).isVisible();
        phone.close();
    }

    private static int position(AssessmentPlan.Item item, String optionId) {
        for (int i = 0; i < item.options().size(); i++) {
            if (item.options().get(i).id().equals(optionId)) {
                return i;
            }
        }
        throw new IllegalArgumentException(item.id() + " has no option " + optionId);
    }

    /** The owner on a tablet: the vacancy's kit question by question, then the oral cases on their sheets. */
    private void interview(TestAccounts.Account owner, long candidate, JsonNode answers) {
        BrowserContext tablet = browser.newContext(new Browser.NewContextOptions().setViewportSize(1024, 1366)
                .setLocale("ru-RU"));
        Page page = tablet.newPage();
        page.setDefaultTimeout(30_000);
        signIn(page, port, owner);
        page.navigate("http://localhost:" + port + "/candidate/" + candidate);
        page.locator("#start-interview").click();
        assertThat(page.locator("#question-text")).isVisible();
        accounts.signIn(owner.email());
        // The screen started the owner's interview; asking to start it again returns that same one.
        InterviewSession session = interviews.session(interviews.start(candidate));
        accounts.signOut();
        for (int i = 0; i < session.steps().size(); i++) {
            InterviewSession.Step step = session.steps().get(i);
            assertThat(page.locator("#interview-position")).containsText("Вопрос " + (i + 1) + " из");
            JsonNode answer = answers.get("interview").get(step.question().id());
            assertThat(answer).as("the recorded play covers %s", step.question().id()).isNotNull();
            page.locator("#score-" + answer.get("score").asInt()).click();
            assertThat(page.locator("#score-" + answer.get("score").asInt())).hasAttribute("aria-checked", "true");
            for (Map.Entry<String, JsonNode> style : answer.get("styles").properties()) {
                String mark = "#style-" + style.getKey() + "-" + style.getValue().asInt();
                page.locator(mark).click();
                assertThat(page.locator(mark)).hasAttribute("aria-checked", "true");
            }
            for (JsonNode flag : answer.get("flags")) {
                page.locator("#flag-" + flag.asString()).click();
            }
            if (i < session.steps().size() - 1) {
                page.locator("#interview-next").click();
            }
        }
        page.locator("#interview-finish").click();
        page.locator("#conclusion textarea").fill("Интервью по плану вакансии");
        page.locator("#submit-interview").click();
        assertThat(page.locator("#submit-interview")).isHidden();

        for (Map.Entry<String, JsonNode> businessCase : answers.get("cases").properties()) {
            accounts.signIn(owner.email());
            long assignment = cases.assign(candidate, businessCase.getKey(), CaseMode.ORAL);
            accounts.signOut();
            page.navigate("http://localhost:" + port + "/case/" + assignment);
            for (Map.Entry<String, JsonNode> level : businessCase.getValue().properties()) {
                String cell = "#level-" + level.getKey() + "-" + level.getValue().asInt();
                page.locator(cell).click();
                assertThat(page.locator(cell)).hasAttribute("aria-checked", "true");
            }
        }
        tablet.close();
    }

    /** The profile page as the owner sees it; the classification it shows is read back from the service. */
    private Classification profilePage(TestAccounts.Account owner, long candidate, RopTypeId played) {
        BrowserContext desktop = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 1400)
                .setLocale("ru-RU"));
        Page page = desktop.newPage();
        page.setDefaultTimeout(30_000);
        signIn(page, port, owner);
        page.navigate("http://localhost:" + port + "/candidate/" + candidate + "/profile");
        accounts.signIn(owner.email());
        Classification result = profiles.profile(candidate).classification();
        accounts.signOut();
        assertThat(result).isNotNull();
        assertThat(page.locator("#profile-type")).containsText(result.best().label());
        assertThat(page.locator("#profile-type")).containsText("Полнота данных");
        if (played == RopTypeId.CEO_DREAM || played == RopTypeId.AUTOCRAT) {
            page.locator("#profile-type").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                    .setPath(SCREENSHOTS.resolve("profile-type-" + played.name().toLowerCase(
                            Locale.ROOT) + ".png")));
        }
        desktop.close();
        return result;
    }
}
