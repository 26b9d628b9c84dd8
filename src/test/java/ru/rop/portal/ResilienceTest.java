package ru.rop.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import ru.rop.portal.security.TestAccounts;

/**
 * The production jar under the failures of issue 9, on MariaDB: a kill -9 while a candidate is mid-assessment and an
 * owner mid-interview, a MariaDB restart under the running app, and a backup restored into a second instance.
 * Run by {@code ops/resilience-check.sh} (which builds nothing, creates the databases and restarts MariaDB only
 * through {@code ops/mariadb-service.sh}); excluded from {@code ./mvnw verify}.
 */
@Tag("resilience")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ResilienceTest {

    private static final String OWNER = "owner@ops.test";
    private static final String FIRST_NOTES = "План 45 млн, факт 48 млн; сезонность считал по CRM";
    private static final String SECOND_NOTES = "Уволил двоих за срыв плана";
    private static final String TYPED_DURING_OUTAGE = ", потом сам объяснил почему";
    private static final int ANSWERED_BEFORE_KILL = 4;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Path jar = Path.of(setting("ROP_JAR", "target/rop-portal.jar"));
    private final Path work = Path.of(setting("ROP_OPS_WORK", "target/resilience")).toAbsolutePath();
    private final String dbUrl = required("ROP_OPS_DB_URL");
    private final String restoreDbUrl = required("ROP_OPS_RESTORE_DB_URL");
    private final String dbUser = setting("ROP_OPS_DB_USER", "root");
    private final String dbPassword = setting("ROP_OPS_DB_PASSWORD", "");
    private final int port = Integer.parseInt(setting("ROP_OPS_PORT", "18311"));
    private final String password = "Resilience-" + UUID.randomUUID();
    private final String apiKey = "ops-" + UUID.randomUUID();

    private PortalProcess app;
    private Playwright playwright;
    private Browser browser;
    private BrowserContext phone;
    private BrowserContext tablet;
    private long assessmentCandidate;
    private long interviewCandidate;
    private String link;
    private long interview;

    @BeforeAll
    void startTheJarWithDataAndABrowser() throws Exception {
        Files.createDirectories(work);
        app = new PortalProcess(jar, port, environment(dbUrl, work.resolve("data-a")), work.resolve("app-a.log"));
        measured("first start of the jar, health UP", app.start());
        long vacancy = id(api(app, "POST", "/api/v1/vacancies",
                "{\"title\":\"РОП в дистрибуции\",\"companyName\":\"ООО «Устойчивость»\"}"));
        assessmentCandidate = id(api(app, "POST", "/api/v1/candidates", "{\"vacancyId\":" + vacancy
                + ",\"fullName\":\"Смирнова Анна Сергеевна\",\"email\":\"anna@ops.test\"}"));
        interviewCandidate = id(api(app, "POST", "/api/v1/candidates", "{\"vacancyId\":" + vacancy
                + ",\"fullName\":\"Волков Дмитрий Олегович\",\"email\":\"volkov@ops.test\"}"));
        link = field(api(app, "POST", "/api/v1/candidates/" + assessmentCandidate + "/invitations", "{}"), "url");
        playwright = Playwright.create();
        browser = BrowserTestBase.launch(playwright);
        // A freshly started jar compiles its code on the first pages: more than the default 5 s on a busy machine.
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setIsMobile(true)
                .setHasTouch(true).setLocale("ru-RU"));
        tablet = browser.newContext(new Browser.NewContextOptions().setViewportSize(1024, 1366).setLocale("ru-RU"));
    }

    @AfterAll
    void stopEverything() throws InterruptedException {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        if (app != null) {
            app.close();
        }
    }

    @Test
    @Order(1)
    void aKillMidAssessmentAndMidInterviewLosesNothingAnsweredOrTyped() throws Exception {
        Page candidate = page(phone);
        candidate.navigate(link);
        candidate.locator("#assessment-start").click();
        candidate.locator("#consent-agree").click();
        candidate.locator("#consent-continue").click();
        candidate.locator("#section-begin").click();
        for (int i = 1; i <= ANSWERED_BEFORE_KILL; i++) {
            assertThat(candidate.locator("#assessment-where")).containsText("ситуация " + i + " из");
            candidate.locator("#option-" + (i % 4 + 1)).click();
        }
        assertThat(candidate.locator("#assessment-where")).containsText("ситуация " + (ANSWERED_BEFORE_KILL + 1));
        List<String> chosen = choices(assessmentCandidate);
        assertThat(chosen).hasSize(ANSWERED_BEFORE_KILL);

        Page owner = page(tablet);
        signIn(owner, app);
        owner.navigate(app.url("/candidate/" + interviewCandidate));
        owner.locator("#start-interview").click();
        assertThat(owner.locator("#question-text")).isVisible();
        assertThat(owner).hasURL(Pattern.compile(".*/interview/\\d+$"));
        interview = Long.parseLong(owner.url().replaceAll(".*/interview/(\\d+).*", "$1"));
        owner.keyboard().press("4");
        assertThat(owner.locator("#score-4")).hasAttribute("aria-checked", "true");
        owner.locator("#notes textarea").pressSequentially(FIRST_NOTES);
        owner.locator("body").click(new Locator.ClickOptions().setPosition(5, 5));
        owner.keyboard().press("ArrowRight");
        assertThat(owner.locator("#interview-position")).containsText("Вопрос 2 из");
        owner.locator("#score-2").click();
        assertThat(owner.locator("#score-2")).hasAttribute("aria-checked", "true");
        owner.locator("#notes textarea").pressSequentially(SECOND_NOTES);
        // Every keystroke is saved as it is typed: the kill comes once the last one has reached the database.
        awaitDatabase(() -> answers(interview).get(1).notes(), SECOND_NOTES);
        // ... and the browser has heard back: its copy of unsaved text (BrowserDraft) is gone.
        owner.waitForFunction("() => !Object.keys(localStorage).some(key => key.startsWith('rop-draft-'))");

        app.kill();
        // The owner keeps typing while the server is gone: only the browser holds these characters now.
        owner.locator("#notes textarea").pressSequentially(TYPED_DURING_OUTAGE);

        measured("restart after kill -9, health UP", app.start());
        assertThat(choices(assessmentCandidate)).as("every answer given before the kill").containsExactlyElementsOf(
                chosen);
        List<Answer> saved = answers(interview);
        assertThat(saved.get(0)).isEqualTo(new Answer(4, FIRST_NOTES));
        assertThat(saved.get(1)).isEqualTo(new Answer(2, SECOND_NOTES));

        candidate.navigate(link);
        assertThat(candidate.locator("#assessment-where")).containsText("ситуация " + (ANSWERED_BEFORE_KILL + 1));
        assertThat(candidate.locator("#assessment-done-count")).containsText("Отвечено " + ANSWERED_BEFORE_KILL
                + " из");
        candidate.locator("#option-1").click();
        assertThat(candidate.locator("#assessment-where")).containsText("ситуация " + (ANSWERED_BEFORE_KILL + 2));

        // The sessions lived in the killed process: the owner signs in again and finds the interview as it was.
        owner.navigate(app.url("/interview/" + interview));
        assertThat(owner).hasURL(Pattern.compile(".*/login$"));
        signIn(owner, app);
        owner.navigate(app.url("/interview/" + interview));
        assertThat(owner.locator("#interview-position")).containsText("Вопрос 2 из");
        assertThat(owner.locator("#score-2")).hasAttribute("aria-checked", "true");
        assertThat(owner.locator("#notes textarea")).hasValue(SECOND_NOTES + TYPED_DURING_OUTAGE);
        awaitDatabase(() -> answers(interview).get(1).notes(), SECOND_NOTES + TYPED_DURING_OUTAGE);
        owner.locator("body").click(new Locator.ClickOptions().setPosition(5, 5));
        owner.keyboard().press("ArrowLeft");
        assertThat(owner.locator("#score-4")).hasAttribute("aria-checked", "true");
        assertThat(owner.locator("#notes textarea")).hasValue(FIRST_NOTES);
    }

    @Test
    @Order(2)
    void aMariaDbRestartMakesTheAppUnhealthyUntilItRecoversByItself() throws Exception {
        assertThat(app.health("")).isEqualTo(200);
        Duration down;
        Duration stopped;
        Duration started;
        try {
            long stopping = System.nanoTime();
            run(Map.of(), "ops/mariadb-service.sh", "stop");
            stopped = Duration.ofNanos(System.nanoTime() - stopping);
            down = app.awaitHealth(status -> status == 503, Duration.ofSeconds(40), "health DOWN");
            assertThat(app.health("/readiness")).as("no traffic while the database is away").isEqualTo(503);
            assertThat(app.health("/liveness")).as("but no reason to restart the process").isEqualTo(200);
        } finally {
            long starting = System.nanoTime();
            run(Map.of(), "ops/mariadb-service.sh", "start");
            started = Duration.ofNanos(System.nanoTime() - starting);
        }
        Duration up = app.awaitHealth(status -> status == 200, Duration.ofSeconds(60), "health UP again");
        measured("MariaDB shutdown", stopped);
        measured("health DOWN (503) after MariaDB stopped", down);
        measured("MariaDB start until it answers", started);
        measured("health UP again after MariaDB started (same process)", up);
        assertThat(app.alive()).isTrue();
        assertThat(app.health("/readiness")).isEqualTo(200);

        assertThat(api(app, "GET", "/api/v1/candidates/" + interviewCandidate, null))
                .contains("Волков Дмитрий Олегович");
        Page owner = page(tablet);
        owner.navigate(app.url("/candidate/" + interviewCandidate));
        assertThat(owner.getByText("Волков Дмитрий Олегович").first()).isVisible();
    }

    @Test
    @Order(3)
    void aBackupRestoredIntoAnEmptyDatabaseServesTheSameDataFromASecondInstance() throws Exception {
        Path filesA = work.resolve("data-a");
        Path filesB = work.resolve("data-b");
        Files.createDirectories(filesA);
        Files.writeString(filesA.resolve("kept-file.txt"), "файл из папки данных");

        long started = System.nanoTime();
        String backup = run(datasource(dbUrl, filesA), "ops/backup.sh", work.resolve("backups").toString());
        Path archive = Path.of(backup.strip().lines().reduce((first, second) -> second).orElseThrow());
        measured("backup (mariadb-dump + files, " + Files.size(archive) / 1024 + " KiB archive)",
                Duration.ofNanos(System.nanoTime() - started));
        started = System.nanoTime();
        run(datasource(restoreDbUrl, filesB), "ops/restore.sh", archive.toString());
        measured("restore into an empty database", Duration.ofNanos(System.nanoTime() - started));

        assertThat(rowCounts(restoreDbUrl)).as("every table, row for row").isEqualTo(rowCounts(dbUrl));
        assertThat(Files.readString(filesB.resolve("kept-file.txt"))).isEqualTo("файл из папки данных");
        assertThat(runFailing(datasource(restoreDbUrl, work.resolve("data-c")), "ops/restore.sh",
                archive.toString())).as("never over existing data").contains("restore only into an empty database");

        try (PortalProcess second = new PortalProcess(jar, port + 1, environment(restoreDbUrl, filesB),
                work.resolve("app-b.log"))) {
            measured("second instance on the restored database, health UP", second.start());
            for (long candidate : new long[] {assessmentCandidate, interviewCandidate}) {
                assertThat(api(second, "GET", "/api/v1/candidates/" + candidate, null))
                        .isEqualTo(api(app, "GET", "/api/v1/candidates/" + candidate, null));
            }
            Page candidate = page(phone);
            candidate.navigate(link.replace(":" + port + "/", ":" + second.port + "/"));
            assertThat(candidate.locator("#assessment-done-count")).containsText("Отвечено "
                    + choices(assessmentCandidate).size() + " из");
            Page owner = page(browser.newContext(new Browser.NewContextOptions().setLocale("ru-RU")));
            signIn(owner, second);
            owner.navigate(second.url("/interview/" + interview));
            assertThat(owner.locator("#interview-position")).containsText("Вопрос 1 из");
            assertThat(owner.locator("#notes textarea")).hasValue(FIRST_NOTES);
            owner.locator("#jump-2").click();
            assertThat(owner.locator("#score-2")).hasAttribute("aria-checked", "true");
            assertThat(owner.locator("#notes textarea")).hasValue(SECOND_NOTES + TYPED_DURING_OUTAGE);
        }
    }

    private record Answer(Integer score, String notes) {
    }

    private Map<String, String> environment(String url, Path dataDir) {
        Map<String, String> environment = new LinkedHashMap<>(datasource(url, dataDir));
        environment.put("ROP_ADMIN_EMAIL", OWNER);
        environment.put("ROP_ADMIN_PASSWORD", password);
        environment.put("ROP_API_KEY", apiKey);
        return environment;
    }

    private Map<String, String> datasource(String url, Path dataDir) {
        return Map.of("SPRING_DATASOURCE_URL", url, "SPRING_DATASOURCE_USERNAME", dbUser,
                "SPRING_DATASOURCE_PASSWORD", dbPassword, "ROP_DATA_DIR", dataDir.toString());
    }

    private static Page page(BrowserContext context) {
        Page page = context.newPage();
        page.setDefaultTimeout(30_000);
        return page;
    }

    private void signIn(Page page, PortalProcess instance) {
        BrowserTestBase.signIn(page, instance.port, new TestAccounts.Account(OWNER, password));
    }

    private String api(PortalProcess instance, String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(instance.url(path)))
                .header("Authorization", "Bearer " + apiKey).timeout(Duration.ofSeconds(30));
        request = json == null ? request.GET() : request.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json));
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 299);
        return response.body();
    }

    private static long id(String json) {
        return Long.parseLong(field(json, "id"));
    }

    private static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\":\"?([^\",}]+)").matcher(json);
        assertThat(matcher.find()).as(name + " in " + json).isTrue();
        return matcher.group(1);
    }

    /** The candidate's choices in the order they were given. */
    private List<String> choices(long candidate) throws SQLException {
        return query(dbUrl, """
                SELECT a.choice FROM assessment_answer a JOIN assessment_invitation i ON i.id = a.invitation_id
                WHERE i.candidate_id = ? AND a.choice IS NOT NULL ORDER BY a.answered_at, a.id""", candidate,
                rows -> rows.getString(1));
    }

    /** Score and notes of each question of the interview, in the interview's order. */
    private List<Answer> answers(long interviewId) throws SQLException {
        return query(dbUrl, """
                SELECT a.score, a.notes FROM interview_question q LEFT JOIN interview_answer a
                  ON a.interview_id = q.interview_id AND a.question_id = q.question_id
                WHERE q.interview_id = ? ORDER BY q.position""", interviewId,
                rows -> new Answer((Integer) rows.getObject(1, Integer.class), rows.getString(2)));
    }

    private Map<String, Long> rowCounts(String url) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection(url, dbUser, dbPassword)) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = connection.getMetaData().getTables(connection.getCatalog(), null, "%",
                    new String[] {"TABLE"})) {
                while (rows.next()) {
                    tables.add(rows.getString("TABLE_NAME"));
                }
            }
            for (String table : tables) {
                try (ResultSet rows = connection.createStatement().executeQuery("SELECT COUNT(*) FROM `" + table
                        + "`")) {
                    rows.next();
                    counts.put(table, rows.getLong(1));
                }
            }
        }
        assertThat(counts).containsKeys("candidate", "interview_answer", "assessment_answer", "app_user");
        return counts;
    }

    private interface Row<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private <T> List<T> query(String url, String sql, long parameter, Row<T> row) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, dbUser, dbPassword);
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, parameter);
            List<T> result = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    result.add(row.read(rows));
                }
            }
            return result;
        }
    }

    private interface Check<T> {
        T get() throws Exception;
    }

    private static <T> void awaitDatabase(Check<T> actual, T expected) throws Exception {
        T last = null;
        for (int attempt = 0; attempt < 100; attempt++) {
            last = actual.get();
            if (Objects.equals(last, expected)) {
                return;
            }
            PortalProcess.sleep(100);
        }
        assertThat(last).as("in the database").isEqualTo(expected);
    }

    private String run(Map<String, String> environment, String... command) throws Exception {
        Result result = execute(environment, command);
        assertThat(result.exit()).as(String.join(" ", command) + ":\n" + result.output()).isZero();
        return result.output();
    }

    private String runFailing(Map<String, String> environment, String... command) throws Exception {
        Result result = execute(environment, command);
        assertThat(result.exit()).as(String.join(" ", command) + " should fail:\n" + result.output()).isNotZero();
        return result.output();
    }

    private record Result(int exit, String output) {
    }

    private Result execute(Map<String, String> environment, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        builder.environment().put("ROP_JAR", jar.toAbsolutePath().toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.waitFor(), output);
    }

    /** Each measured step, printed and kept in measurements.txt for the operations notes. */
    private void measured(String what, Duration took) throws IOException {
        String line = String.format("%-70s %6.1f s%n", what, took.toMillis() / 1000.0);
        System.out.print("[resilience] " + line);
        Files.writeString(work.resolve("measurements.txt"), line, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    private static String setting(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String required(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set: run this check through ops/resilience-check.sh");
        }
        return value;
    }
}
