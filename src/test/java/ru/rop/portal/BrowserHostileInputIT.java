package ru.rop.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.Cookie;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import ru.rop.portal.assessment.AssessmentPlan;
import ru.rop.portal.assessment.CandidateAssessmentService;
import ru.rop.portal.assessment.InvitationService;
import ru.rop.portal.candidate.CandidateService;
import ru.rop.portal.cases.CaseLibrary;
import ru.rop.portal.cases.CaseMode;
import ru.rop.portal.cases.CaseService;
import ru.rop.portal.documents.JobDescriptionService;
import ru.rop.portal.interview.InterviewService;
import ru.rop.portal.security.Role;
import ru.rop.portal.security.TestAccounts;
import ru.rop.portal.vacancy.VacancyService;

/**
 * Issue 9 in the system Chromium: hostile text typed into the main forms is shown literally after a reload, no
 * script from it runs, and the database holds exactly what was typed; over-long text and control characters sent
 * past the browser's own limits are refused at the field with a message. Also: a new session at sign-in, and the
 * old session useless after sign-out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BrowserHostileInputIT extends BrowserTestBase {

    @Autowired
    TestAccounts accounts;
    @Autowired
    VacancyService vacancies;
    @Autowired
    CandidateService candidates;
    @Autowired
    InterviewService interviews;
    @Autowired
    JobDescriptionService documents;
    @Autowired
    CaseService cases;
    @Autowired
    CaseLibrary caseLibrary;
    @Autowired
    InvitationService invitations;
    @Autowired
    CandidateAssessmentService assessments;
    @Autowired
    TestData data;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    private String at(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    private static Page newPage(BrowserContext context) {
        Page page = context.newPage();
        page.setDefaultTimeout(30_000);
        return page;
    }

    /** Nothing typed ran: no script set the flag, on this page since its last load. */
    private static void nothingRan(Page page) {
        org.assertj.core.api.Assertions.assertThat(page.evaluate("() => window.__pwned")).isNull();
    }

    /**
     * Sends text the way a hostile client would, past the browser's own checks ({@code maxlength}, characters a
     * keyboard cannot type): straight into the field's value, then the change event Vaadin listens to.
     */
    private static void forceValue(Page page, String selector, String value) {
        page.locator(selector).evaluate("(field, value) => { const input = field.inputElement; input.value = value; "
                + "input.dispatchEvent(new Event('input', {bubbles: true})); "
                + "input.dispatchEvent(new Event('change', {bubbles: true})); }", value);
    }

    @Test
    void hostileTextInTheMainFormsIsShownLiterallyStoredExactlyAndNeverRuns() {
        TestAccounts.Account hr = accounts.create(Role.HR);
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900)
                .setLocale("ru-RU"));
        Page page = newPage(context);
        signIn(page, port, hr);

        // Vacancy: title, company and required experience.
        // Unique: HostileInputTest opens a vacancy with the same hostile title in the shared database.
        String title = HostileText.ALL_IN_ONE_LINE + " " + java.util.UUID.randomUUID().toString().substring(0, 6);
        page.navigate(at("vacancies"));
        page.locator("#add-vacancy").click();
        page.locator("#vacancy-title input").fill(title);
        page.locator("#vacancy-company input").fill(HostileText.SQL);
        page.getByLabel("Требуемый опыт").fill(HostileText.COMBINING);
        page.locator("#save-vacancy").click();
        assertThat(page.locator("#board")).isVisible();
        assertThat(page).hasURL(Pattern.compile(".*/vacancy/\\d+$"));
        Matcher id = Pattern.compile("/vacancy/(\\d+)").matcher(page.url());
        org.assertj.core.api.Assertions.assertThat(id.find()).isTrue();
        long vacancy = Long.parseLong(id.group(1));
        assertThat(page.locator("body")).containsText(HostileText.SCRIPT);
        nothingRan(page);

        page.navigate(at("vacancy-edit/" + vacancy));
        assertThat(page.locator("#vacancy-title input")).hasValue(title);
        assertThat(page.locator("#vacancy-company input")).hasValue(HostileText.SQL);
        assertThat(page.getByLabel("Требуемый опыт")).hasValue(HostileText.COMBINING);
        nothingRan(page);
        accounts.signIn(hr.email());
        var stored = vacancies.find(vacancy).orElseThrow();
        org.assertj.core.api.Assertions.assertThat(stored.title()).isEqualTo(title);
        org.assertj.core.api.Assertions.assertThat(stored.companyName()).isEqualTo(HostileText.SQL);
        org.assertj.core.api.Assertions.assertThat(stored.requiredExperience()).isEqualTo(HostileText.COMBINING);

        // Past the browser's limits: 10 000 characters and control characters are refused at the field.
        forceValue(page, "#vacancy-title", HostileText.LONG);
        page.locator("#save-vacancy").click();
        assertThat(page.locator("#vacancy-title")).hasAttribute("invalid", "");
        assertThat(page.locator("#vacancy-title")).containsText("Не длиннее 200 символов");
        forceValue(page, "#vacancy-title", HostileText.CONTROL);
        page.locator("#save-vacancy").click();
        assertThat(page.locator("#vacancy-title")).containsText("Уберите невидимые управляющие символы");
        org.assertj.core.api.Assertions.assertThat(vacancies.find(vacancy).orElseThrow().title()).isEqualTo(title);
        org.assertj.core.api.Assertions.assertThat(vacancies.find(vacancy).orElseThrow().version())
                .isEqualTo(stored.version());

        // Candidate card: name, notes and tags.
        String name = HostileText.IMG + " " + HostileText.JOINERS;
        page.navigate(at("vacancy/" + vacancy));
        page.locator("#add-candidate").click();
        page.locator("#candidate-name input").fill(name);
        page.locator("#candidate-email input").fill("hostile." + System.nanoTime() + "@mail.test");
        page.locator("#save-candidate").click();
        page.locator(".rop-candidate-card", new Page.LocatorOptions().setHasText(name)).click();
        assertThat(page).hasURL(Pattern.compile(".*/candidate/\\d+$"));
        assertThat(page.locator("#candidate-name input")).hasValue(name);
        long candidate = Long.parseLong(page.url().replaceAll(".*/candidate/(\\d+).*", "$1"));
        page.locator("#candidate-tags input").fill("<b>тег</b>, '; drop table candidate; --");
        page.getByLabel("Заметки").fill(HostileText.ALL_LINES);
        page.locator("#save-candidate").click();
        assertThat(page.locator("body")).containsText(name);
        nothingRan(page);
        page.reload();
        assertThat(page.locator("#candidate-name input")).hasValue(name);
        assertThat(page.getByLabel("Заметки")).hasValue(HostileText.ALL_LINES);
        assertThat(page.locator("#candidate-tags input")).hasValue(
                java.util.regex.Pattern.compile(".*<b>тег</b>.*"));
        nothingRan(page);
        var details = candidates.details(candidate);
        org.assertj.core.api.Assertions.assertThat(details.candidate().fullName()).isEqualTo(name);
        org.assertj.core.api.Assertions.assertThat(details.notes()).isEqualTo(HostileText.ALL_LINES);
        org.assertj.core.api.Assertions.assertThat(details.candidate().tags())
                .containsExactlyInAnyOrder("<b>тег</b>", "'; drop table candidate; --");

        // Interview notes.
        page.locator("#start-interview").click();
        assertThat(page.locator("#question-text")).isVisible();
        page.locator("#notes textarea").fill(HostileText.ALL_LINES);
        page.locator("body").click(new com.microsoft.playwright.Locator.ClickOptions().setPosition(5, 5));
        assertThat(page.locator("#interview-saved")).containsText("Сохранено");
        page.reload();
        assertThat(page.locator("#notes textarea")).hasValue(HostileText.ALL_LINES);
        assertThat(page.locator("body")).containsText(name);
        nothingRan(page);
        long interview = Long.parseLong(page.url().replaceAll(".*/interview/(\\d+).*", "$1"));
        org.assertj.core.api.Assertions.assertThat(interviews.session(interview).steps().getFirst().answer().notes())
                .isEqualTo(HostileText.ALL_LINES);

        // Job description: the approver and a duty; the live preview shows them as text.
        page.navigate(at("vacancy/" + vacancy + "/job-description"));
        page.locator("#jd-approver-name input").fill(HostileText.JOINERS + " " + HostileText.SCRIPT);
        page.locator("#duties-text-0 textarea").fill(HostileText.IMG);
        assertThat(page.locator("#jd-preview")).containsText(HostileText.IMG);
        page.locator("#jd-save").click();
        assertThat(page.locator("#jd-status")).containsText("Текущая версия: 1");
        nothingRan(page);
        page.reload();
        assertThat(page.locator("#jd-approver-name input")).hasValue(HostileText.JOINERS + " " + HostileText.SCRIPT);
        assertThat(page.locator("#duties-text-0 textarea")).hasValue(HostileText.IMG);
        assertThat(page.locator("#jd-preview")).containsText(HostileText.SCRIPT);
        nothingRan(page);
        var saved = documents.draft(vacancy).content();
        org.assertj.core.api.Assertions.assertThat(saved.approverName())
                .isEqualTo(HostileText.JOINERS + " " + HostileText.SCRIPT);
        org.assertj.core.api.Assertions.assertThat(saved.duties().getFirst().text()).isEqualTo(HostileText.IMG);
        context.close();
    }

    @Test
    void aCandidatesHostileCaseAnswerIsSavedAsTypedAndTheLinkIsNotPassedOn() {
        accounts.signIn(accounts.create(Role.HR).email());
        long candidate = data.candidate(data.vacancy(), HostileText.SCRIPT);
        String caseId = caseLibrary.cases().getFirst().id();
        long assignment = cases.assign(candidate, caseId, CaseMode.WRITTEN);
        String url = invitations.invite(candidate, 7).url();
        String token = url.substring(url.lastIndexOf("/a/") + 3);
        AssessmentPlan plan = assessments.open(token, "127.0.0.1").orElseThrow();
        assessments.consent(token, "127.0.0.1", plan.consent().version());
        assessments.moveTo(token, "CASES/" + caseId);
        accounts.signOut();

        BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
                .setLocale("ru-RU"));
        Page page = newPage(phone);
        Response response = page.navigate(url);
        // The address holds the token: other sites the page loads from or links to must not learn it.
        org.assertj.core.api.Assertions.assertThat(response.headers())
                .containsEntry("referrer-policy", "same-origin").containsEntry("x-frame-options", "DENY")
                .containsKey("content-security-policy");
        page.locator("#case-answer textarea").fill(HostileText.ALL_LINES);
        assertThat(page.locator("#case-saved")).containsText("Сохранено");
        nothingRan(page);
        page.reload();
        assertThat(page.locator("#case-answer textarea")).hasValue(HostileText.ALL_LINES);
        assertThat(page.locator("body")).not().containsText(HostileText.SCRIPT); // the candidate's own name is not shown here
        nothingRan(page);
        forceValue(page, "#case-answer", HostileText.ALL_LINES + HostileText.CONTROL);
        assertThat(page.locator("#case-saved")).containsText("Уберите невидимые управляющие символы");
        phone.close();

        accounts.signIn(accounts.create(Role.HR).email());
        org.assertj.core.api.Assertions.assertThat(cases.sheet(assignment).answer()).isEqualTo(HostileText.ALL_LINES);
    }

    @Test
    void signingInStartsANewSessionAndSigningOutEndsIt() {
        TestAccounts.Account hr = accounts.create(Role.HR);
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("ru-RU"));
        Page page = newPage(context);
        page.navigate(at("login"));
        String before = session(context);
        signIn(page, port, hr);
        String signedIn = session(context);
        org.assertj.core.api.Assertions.assertThat(signedIn).isNotNull().isNotEqualTo(before);

        page.locator("#sign-out").click();
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        context.close();

        // Someone who copied the signed-in cookie gets nothing after sign-out.
        BrowserContext thief = browser.newContext(new Browser.NewContextOptions().setLocale("ru-RU"));
        thief.addCookies(List.of(new Cookie("JSESSIONID", signedIn).setDomain("localhost").setPath("/")));
        Page stolen = newPage(thief);
        stolen.navigate(at("candidates"));
        assertThat(stolen).hasURL(Pattern.compile(".*/login$"));
        thief.close();
    }

    private static String session(BrowserContext context) {
        return context.cookies().stream().filter(c -> c.name.equals("JSESSIONID")).map(c -> c.value).findFirst()
                .orElse(null);
    }
}
