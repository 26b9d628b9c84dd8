package ru.rop.portal.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Phaser;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Load harness, not a test: the production jar as its own process on its own database, 50 candidates working
 * through the whole online assessment at once (link, consent, every situational item, every self-assessment
 * block, two written cases typed in three saves each, submission) while 3 owners open candidate profiles in the
 * app and fetch profiles and report PDFs through the API. Candidates and owners are protocol-level Vaadin clients
 * ({@link VaadinClient}) on virtual threads, so the load generator stays small next to the server on two cores.
 * Prints throughput, latency percentiles and errors per kind of request, and the server's heap after a full
 * collection before the sessions and with all of them open halfway through (per session).
 *
 * <p>Runs only on demand, after building the jar (docs/performance.md):
 * {@code ./mvnw -Pproduction -DskipTests package} then
 * {@code ./mvnw -Pbench -Dtest=AssessmentLoadBenchmark -Dsurefire.failIfNoSpecifiedTests=false test}.
 * Settings as {@code -Drop.load.*}: {@code db} (mariadb, the default, on 127.0.0.1:3306 as root into a database
 * {@code rop_load_*} dropped afterwards; or h2), {@code candidates}, {@code owners}, {@code think-ms} (mean pause
 * between a person's actions), {@code ramp-up-ms} (the candidates open their links spread over it),
 * {@code port}, {@code jar}, {@code jfr} (a file: the server records a flight recording for profiling),
 * {@code launcher} (the production layout's start script, {@code target/rop-portal/rop-portal}: the layout the README
 * tells operators to run, with its AOT cache, instead of {@code java -jar}).
 *
 * <p>Instances already running (e.g. two behind nginx on the Galera cluster, {@code ops/galera-load.sh}):
 * {@code base-url} (where to send every request, e.g. the proxy), {@code pids} (the servers' process ids, comma
 * separated: their CPU time and heap are read per process), {@code db-url}, {@code db-user}, {@code db-password}
 * (the database they share), {@code api-key}, {@code owner-password} (the bootstrap owner's, e-mail
 * {@value #OWNER_EMAIL}). Then nothing is started, created or dropped.
 */
@Tag("benchmark")
class AssessmentLoadBenchmark {

    private static final int CANDIDATES = Integer.getInteger("rop.load.candidates", 50);
    private static final int OWNERS = Integer.getInteger("rop.load.owners", 3);
    private static final int WARM_UP = Integer.getInteger("rop.load.warm-up", 5);
    private static final int THINK_MS = Integer.getInteger("rop.load.think-ms", 1000);
    private static final int RAMP_UP_MS = Integer.getInteger("rop.load.ramp-up-ms", 10_000);
    private static final int PORT = Integer.getInteger("rop.load.port", 18400);
    private static final String DB = System.getProperty("rop.load.db", "mariadb");
    private static final String JFR = System.getProperty("rop.load.jfr", "");
    private static final Path JAR = Path.of(System.getProperty("rop.load.jar", "target/rop-portal.jar"));
    private static final String LAUNCHER = System.getProperty("rop.load.launcher", "");
    private static final String MARIADB = "jdbc:mariadb://127.0.0.1:3306/";
    /** Set: drive instances that are already running there instead of starting the jar. */
    private static final String BASE_URL = System.getProperty("rop.load.base-url", "");
    private static final boolean RUNNING = !BASE_URL.isEmpty();
    private static final String API_KEY = System.getProperty("rop.load.api-key",
            "load-" + Long.toHexString(System.nanoTime()) + "-bench-key-0123456789");
    private static final String OWNER_EMAIL = "owner@rop.local";
    private static final String OWNER_PASSWORD = System.getProperty("rop.load.owner-password",
            "Load-harness-owner-" + Long.toHexString(System.nanoTime()));
    private static final String DB_USER = System.getProperty("rop.load.db-user", "mariadb".equals(DB) ? "root" : "sa");
    private static final String DB_PASSWORD = System.getProperty("rop.load.db-password", "");
    /** Requests that open the link, once per session; everything after them is answering. */
    private static final Set<String> OPENING = Set.of("page", "init", "navigate");
    /** Written cases every candidate gets, answered in the assessment. */
    private static final List<String> CASES = List.of("CASE_QUARTER_PLAN", "CASE_MISSED_PLAN");
    private static final String CASE_TEXT = """
            Сначала разберу план по менеджерам и по клиентам: где разрыв, в воронке или в конверсии. Затем \
            договорюсь с каждым менеджером о трёх конкретных сделках на месяц и о еженедельной встрече по ним. \
            Отдельно проверю, не завышен ли план относительно рынка, и, если завышен, приду к директору с цифрами. \
            Команде объясню, почему план важен, и покажу, как будем отмечать прогресс каждую неделю. \
            """.repeat(3);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base = RUNNING ? BASE_URL.replaceFirst("/?$", "/") : "http://127.0.0.1:" + PORT + "/";
    /**
     * Keeps nginx's instance cookie like a browser: two instances on different Galera nodes do not read their own
     * writes across nodes at once (no causal reads), so a candidate made on one and invited on the other may not
     * be found yet.
     */
    private final HttpClient api = VaadinClient.newHttp();
    private Process server;
    /** The server processes measured: the jar started here, or the running instances' {@code pids}. */
    private List<ProcessHandle> servers = List.of();
    private volatile long pausedNanos;
    private volatile long heapWithSessions;
    /** Server CPU and candidates' answering requests at the moment the last candidate had opened the link. */
    private volatile Duration cpuAllOpen;
    /** The same split by kind of thread, where Linux tells it. */
    private volatile ThreadCpu threadsAllOpen;
    private volatile long answeringAllOpen;
    private volatile long othersAllOpen;

    @Test
    void candidatesThroughTheAssessmentWithOwnersReading() throws Exception {
        assumeTrue(Files.isRegularFile(JAR),
                "no " + JAR + ": build it first with ./mvnw -Pproduction -DskipTests package");
        String database = "rop_load_" + Long.toHexString(System.currentTimeMillis());
        Path dataDir = Files.createTempDirectory("rop-load");
        String url = RUNNING ? System.getProperty("rop.load.db-url")
                : "mariadb".equals(DB) ? MARIADB + database
                : "jdbc:h2:file:" + dataDir.resolve("rop-portal") + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;"
                        + "DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE";
        boolean ownDatabase = !RUNNING && "mariadb".equals(DB);
        if (ownDatabase) {
            sql(MARIADB, "CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        try {
            if (RUNNING) {
                servers = Stream.of(System.getProperty("rop.load.pids", "").split(",")).filter(p -> !p.isBlank())
                        .map(p -> ProcessHandle.of(Long.parseLong(p.strip())).orElseThrow(
                                () -> new IllegalStateException("no process " + p))).toList();
                System.out.printf("LOAD running instances behind %s (pids %s), database %s, %d candidates, "
                        + "%d owners, think %d ms%n", base, servers.stream().map(h -> String.valueOf(h.pid()))
                        .toList(), url, CANDIDATES, OWNERS, THINK_MS);
            } else {
                start(url, dataDir);
                servers = List.of(server.toHandle());
                System.out.printf("LOAD jar %s (built %s)%s, database %s, %d candidates, %d owners, think %d ms%n",
                        JAR, Files.getLastModifiedTime(JAR), LAUNCHER.isEmpty() ? "" : " started by " + LAUNCHER, DB,
                        CANDIDATES, OWNERS, THINK_MS);
            }
            long vacancy = post("api/v1/vacancies", """
                    {"title":"Руководитель отдела продаж","companyName":"ООО «Нагрузка»","industry":"B2B SaaS",\
                    "salesTeamSize":12,"reportsTo":"Генеральный директор"}""").path("id").asLong();
            List<Invitee> warmUp = invite(url, vacancy, "w", WARM_UP);
            List<Invitee> measured = invite(url, vacancy, "c", CANDIDATES);

            // The server's code paths compiled and its pools filled, as on a server that has run for a while.
            run(warmUp, warmUp, 0, new LoadRecorder(), new LoadRecorder(), false);
            long heapBefore = heapAfterGc();

            LoadRecorder candidates = new LoadRecorder();
            LoadRecorder owners = new LoadRecorder();
            String loadBefore = loadAverage();
            Duration cpuBefore = serverCpu();
            long started = System.nanoTime();
            run(measured, measured, THINK_MS, candidates, owners, true);
            double seconds = (System.nanoTime() - started - pausedNanos) / 1e9;
            // Other work on the machine takes cores from the server: the numbers mean little without it.
            System.out.printf("LOAD machine load average (1, 5, 15 min): %s at the start, %s at the end%n",
                    loadBefore, loadAverage());
            // What the server itself spent, whatever else ran: the capacity of two cores follows from it.
            double cpuMs = serverCpu().minus(cpuBefore).toNanos() / 1e6;
            long requests = candidates.requests() + owners.requests();
            System.out.printf("LOAD server CPU %.1f s for %d requests: %.2f ms per request (two cores: about %.0f "
                    + "requests/s at most)%n", cpuMs / 1000, requests, cpuMs / requests, 2000 * requests / cpuMs);
            // From the moment every link is open only answers (and the owners' reading) reach the server.
            assertNotNull(cpuAllOpen, "not every candidate opened the link");
            double answeringCpuMs = serverCpu().minus(cpuAllOpen).toNanos() / 1e6;
            long answering = candidates.requestsBut(OPENING) - answeringAllOpen;
            long others = owners.requests() - othersAllOpen;
            System.out.printf("LOAD server CPU after every link was open: %.1f s for %d answering and %d owners' "
                    + "requests: %.2f ms per answering request (owners' work included)%n", answeringCpuMs / 1000,
                    answering, others, answeringCpuMs / answering);
            if (threadsAllOpen != null) {
                // JIT compilation of a server that started minutes ago is part of these numbers, not of every answer.
                ThreadCpu now = ThreadCpu.of(servers);
                double requestsMs = now.since(threadsAllOpen, ThreadCpu.Kind.REQUESTS).toNanos() / 1e6;
                double jitMs = now.since(threadsAllOpen, ThreadCpu.Kind.JIT).toNanos() / 1e6;
                double gcMs = now.since(threadsAllOpen, ThreadCpu.Kind.GC).toNanos() / 1e6;
                System.out.printf("LOAD   of which per answering request: request threads %.2f ms, JIT compiler "
                        + "%.2f ms, garbage collector %.2f ms, other threads %.2f ms%n", requestsMs / answering,
                        jitMs / answering, gcMs / answering,
                        (answeringCpuMs - requestsMs - jitMs - gcMs) / answering);
            }
            for (ProcessHandle handle : servers) {
                System.out.printf("LOAD   server pid %d: %.1f s of CPU in total%n", handle.pid(),
                        cpu(handle).toNanos() / 1e9);
            }

            // Opening the link loads the page once per session; the target is about the answering after it.
            double p95 = candidates.print(CANDIDATES + " candidates, " + seconds(seconds), seconds, OPENING);
            owners.print(OWNERS + " owners at the same time", seconds, Set.of());
            System.out.printf("LOAD heap after full GC: %.1f MB before, %.1f MB with %d open assessments "
                            + "halfway: %.0f KB per candidate session%n", heapBefore / 1048576.0,
                    heapWithSessions / 1048576.0, CANDIDATES, (heapWithSessions - heapBefore) / 1024.0 / CANDIDATES);
            System.out.printf("LOAD candidates answering: p95 %.1f ms (target under 150 ms), errors %d%n", p95,
                    candidates.errors() + candidates.problems().size());

            assertEquals(List.of(), candidates.problems());
            assertEquals(List.of(), owners.problems());
            assertEquals(0, candidates.errors() + owners.errors());
            assertEquals(WARM_UP + CANDIDATES, count(url,
                    "SELECT COUNT(*) FROM assessment_invitation WHERE submitted_at IS NOT NULL"),
                    "every assessment submitted");
        } finally {
            if (server != null) {
                server.destroy();
                if (!server.waitFor(30, TimeUnit.SECONDS)) {
                    server.destroyForcibly();
                }
            }
            if (ownDatabase) {
                sql(MARIADB, "DROP DATABASE IF EXISTS " + database);
            }
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private record Invitee(long candidateId, String token) {
    }

    /** Candidates through the API, their written cases straight into the table (no API assigns cases), links. */
    private List<Invitee> invite(String url, long vacancy, String prefix, int count) throws SQLException {
        List<Invitee> invitees = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(url, DB_USER, DB_PASSWORD);
             PreparedStatement assign = db.prepareStatement("INSERT INTO case_assignment (candidate_id, case_id, "
                     + "mode, assigned_by, assigned_at) VALUES (?, ?, 'WRITTEN', ?, ?)")) {
            for (int i = 1; i <= count; i++) {
                long id = post("api/v1/candidates", JSON.writeValueAsString(JSON.createObjectNode()
                        .put("vacancyId", vacancy).put("fullName", "Кандидат Нагрузочный " + prefix + i)
                        .put("email", prefix + i + "@load.example"))).path("id").asLong();
                for (String caseId : CASES) {
                    assign.setLong(1, id);
                    assign.setString(2, caseId);
                    assign.setString(3, OWNER_EMAIL);
                    assign.setTimestamp(4, Timestamp.from(Instant.now()));
                    assign.executeUpdate();
                }
                String link = post("api/v1/candidates/" + id + "/invitations", "{}").path("url").asString();
                invitees.add(new Invitee(id, link.substring(link.indexOf("/a/") + 3)));
            }
        }
        return invitees;
    }

    /**
     * Everyone at once on virtual threads; owners read until the last candidate submits. With {@code halfway},
     * candidates wait for each other at the self-assessment's introduction while the heap is measured.
     */
    private void run(List<Invitee> invitees, List<Invitee> profiles, int thinkMs, LoadRecorder candidates,
                     LoadRecorder owners, boolean halfway) throws InterruptedException {
        AtomicBoolean finished = new AtomicBoolean();
        Phaser meeting = new Phaser(invitees.size()) {
            @Override
            protected boolean onAdvance(int phase, int parties) {
                if (halfway && phase == 0) {
                    long paused = System.nanoTime();
                    heapWithSessions = heapAfterGc();
                    pausedNanos += System.nanoTime() - paused;
                }
                return true;
            }
        };
        CountDownLatch opening = new CountDownLatch(invitees.size());
        try (ExecutorService people = Executors.newVirtualThreadPerTaskExecutor();
             ExecutorService readers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < OWNERS && !profiles.isEmpty(); i++) {
                readers.submit(() -> owner(profiles, thinkMs, owners, finished));
            }
            for (int i = 0; i < invitees.size(); i++) {
                Invitee invitee = invitees.get(i);
                // People open their links over a few seconds, not all in the same millisecond.
                long delay = thinkMs == 0 ? 0 : (long) RAMP_UP_MS * i / invitees.size();
                people.submit(() -> {
                    sleep(delay);
                    candidate(invitee, thinkMs, candidates, meeting, () -> {
                        opening.countDown();
                        if (opening.getCount() == 0 && halfway) {
                            cpuAllOpen = serverCpu();
                            threadsAllOpen = ThreadCpu.available() ? ThreadCpu.of(servers) : null;
                            answeringAllOpen = candidates.requestsBut(OPENING);
                            othersAllOpen = owners.requests();
                        }
                    });
                });
            }
            people.shutdown();
            people.awaitTermination(30, TimeUnit.MINUTES);
            finished.set(true);
        }
    }

    private void candidate(Invitee invitee, int thinkMs, LoadRecorder recorder, Phaser meeting, Runnable opened) {
        VaadinClient client = new VaadinClient(VaadinClient.newHttp(), base, recorder);
        boolean met = false;
        int intros = 0;
        try {
            client.open("a/" + invitee.token());
            opened.run();
            think(thinkMs);
            client.click("assessment-start", "start");
            think(thinkMs);
            client.change("consent-agree", "checked", JsonNodeFactory.instance.booleanNode(true),
                    "checked-changed", "consent-tick");
            client.click("consent-continue", "consent");
            while (!client.has("assessment-completed")) {
                if (client.has("section-begin")) {
                    if (++intros == 2) {
                        met = true;
                        meeting.arriveAndAwaitAdvance();
                    }
                    think(thinkMs);
                    client.click("section-begin", "section-begin");
                } else if (client.has("assessment-item")) {
                    List<String> options = client.idsStartingWith("option-");
                    think(thinkMs);
                    client.click(options.get(ThreadLocalRandom.current().nextInt(options.size())), "answer");
                } else if (client.has("assessment-block")) {
                    // A forced-choice block: «most» on one statement, «least» on another, each saved, then on.
                    int most = ThreadLocalRandom.current().nextInt(1, 4);
                    think(thinkMs);
                    client.click("fc-most-" + most, "pick");
                    think(thinkMs);
                    client.click("fc-least-" + (most % 3 + 1), "pick");
                    client.click("assessment-next", "block-next");
                } else if (client.has("assessment-case")) {
                    // Typing pauses: the field saves a second after each, so a case is a few saves, then next.
                    for (int part = 1; part <= 3; part++) {
                        think(thinkMs);
                        client.change("case-answer", "value", JsonNodeFactory.instance.stringNode(
                                CASE_TEXT.substring(0, CASE_TEXT.length() * part / 3)), "value-changed", "case-save");
                    }
                    think(thinkMs);
                    client.click("assessment-next", "case-next");
                } else if (client.has("assessment-review")) {
                    think(thinkMs);
                    client.click("assessment-submit", "submit");
                    int dialog = client.byTag("vaadin-confirm-dialog")
                            .orElseThrow(() -> new VaadinClient.Failure("no confirmation dialog"));
                    client.fire(dialog, "confirm", "confirm");
                } else {
                    throw new VaadinClient.Failure("a page the harness does not know");
                }
                List<String> warnings = client.takeWarnings();
                if (!warnings.isEmpty()) {
                    throw new VaadinClient.Failure("the view showed a warning " + warnings);
                }
            }
        } catch (RuntimeException e) {
            recorder.problem(invitee.candidateId() + ": " + e);
        } finally {
            if (!met) {
                meeting.arriveAndDeregister();
            }
        }
    }

    /** An owner signed in to the app: a candidate's profile page, then the same through the API and the PDF. */
    private void owner(List<Invitee> profiles, int thinkMs, LoadRecorder recorder, AtomicBoolean finished) {
        HttpClient http = VaadinClient.newHttp();
        VaadinClient client = new VaadinClient(http, base, recorder);
        try {
            signIn(http, recorder);
            boolean opened = false;
            while (!finished.get()) {
                long id = profiles.get(ThreadLocalRandom.current().nextInt(profiles.size())).candidateId();
                String route = "candidate/" + id + "/profile";
                if (opened) {
                    client.navigate(route, "profile-view");
                } else {
                    client.open(route);
                    opened = true;
                }
                client.byId("profile");
                think(thinkMs * 2);
                get("api/v1/candidates/" + id + "/profile", "api-profile", recorder);
                get("api/v1/candidates/" + id + "/report.pdf", "api-report-pdf", recorder);
                think(thinkMs * 2);
            }
        } catch (RuntimeException e) {
            recorder.problem("owner: " + e);
        }
    }

    /** The login form's post, as Spring Security expects it: the CSRF token from the page, then a redirect home. */
    private void signIn(HttpClient http, LoadRecorder recorder) {
        String page = exchange(http, HttpRequest.newBuilder(URI.create(base + "login")).GET(), "login-page",
                recorder).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
        if (!csrf.find()) {
            throw new VaadinClient.Failure("login page without a CSRF token");
        }
        String form = "username=" + enc(OWNER_EMAIL) + "&password=" + enc(OWNER_PASSWORD) + "&_csrf="
                + enc(csrf.group(1));
        HttpResponse<String> answer = exchange(http, HttpRequest.newBuilder(URI.create(base + "login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), "login", recorder);
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("error")) {
            throw new VaadinClient.Failure("sign-in refused: " + answer.statusCode() + " " + location);
        }
    }

    private void get(String path, String label, LoadRecorder recorder) {
        HttpResponse<String> response = exchange(api, HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + API_KEY).GET(), label, recorder);
        if (response.statusCode() != 200) {
            throw new VaadinClient.Failure(label + ": HTTP " + response.statusCode());
        }
    }

    private static HttpResponse<String> exchange(HttpClient http, HttpRequest.Builder request, String label,
                                                 LoadRecorder recorder) {
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            recorder.record(label, System.nanoTime() - started, response.statusCode() < 400);
            return response;
        } catch (IOException e) {
            recorder.record(label, System.nanoTime() - started, false);
            throw new VaadinClient.Failure(label + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VaadinClient.Failure(label + ": interrupted");
        }
    }

    private JsonNode post(String path, String json) {
        try {
            HttpResponse<String> response = api.send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Authorization", "Bearer " + API_KEY).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException(path + ": HTTP " + response.statusCode() + " " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(path, e);
        }
    }

    /**
     * The jar as it runs in production ({@code java -jar}, or the production layout's launcher; default heap), with
     * the bootstrap owner and API key.
     */
    private void start(String url, Path dataDir) throws IOException, InterruptedException {
        try (Socket taken = new Socket("127.0.0.1", PORT)) {
            throw new IllegalStateException("port " + PORT + " is taken: another application would be measured");
        } catch (ConnectException free) {
            // As it should be.
        }
        List<String> options = new ArrayList<>();
        if (!JFR.isEmpty()) {
            // For finding where the time goes: deep stacks, as Vaadin and Spring nest far below the view's code.
            options.add("-XX:FlightRecorderOptions=stackdepth=512");
            options.add("-XX:StartFlightRecording=settings=profile,filename=" + Path.of(JFR).toAbsolutePath());
        }
        List<String> command = new ArrayList<>();
        if (LAUNCHER.isEmpty()) {
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(options);
            command.addAll(List.of("-jar", JAR.toAbsolutePath().toString()));
        } else {
            // The script execs the JVM: the process measured is still the one started here.
            command.add(Path.of(LAUNCHER).toAbsolutePath().toString());
        }
        ProcessBuilder builder = new ProcessBuilder(command);
        if (!LAUNCHER.isEmpty()) {
            builder.environment().put("JAVA_OPTS", String.join(" ", options));
        }
        builder.environment().put("PORT", String.valueOf(PORT));
        builder.environment().put("SPRING_DATASOURCE_URL", url);
        builder.environment().put("SPRING_DATASOURCE_USERNAME", DB_USER);
        builder.environment().put("SPRING_DATASOURCE_PASSWORD", "");
        builder.environment().put("ROP_DATA_DIR", dataDir.toString());
        builder.environment().put("ROP_API_KEY", API_KEY);
        builder.environment().put("ROP_ADMIN_EMAIL", OWNER_EMAIL);
        builder.environment().put("ROP_ADMIN_PASSWORD", OWNER_PASSWORD);
        Path log = Path.of("target", "load-app.log");
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        server = builder.start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("the application stopped; see " + log);
            }
            try {
                HttpResponse<String> health = api.send(HttpRequest.newBuilder(URI.create(base + "actuator/health"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Still starting.
            }
            Thread.sleep(500);
        }
        server.destroyForcibly();
        throw new IllegalStateException("the application did not start within 3 minutes; see " + log);
    }

    /**
     * Used heap of the server processes after a full collection, from the JDK's own diagnostic command (summed
     * over the instances: each holds the sessions it serves).
     */
    private long heapAfterGc() {
        long total = 0;
        for (ProcessHandle handle : servers) {
            jcmd(handle, "GC.run");
            Matcher used = Pattern.compile("used (\\d+)K").matcher(jcmd(handle, "GC.heap_info"));
            if (!used.find()) {
                throw new IllegalStateException("no heap figure from jcmd for pid " + handle.pid());
            }
            total += Long.parseLong(used.group(1)) * 1024;
        }
        return total;
    }

    private static String jcmd(ProcessHandle process, String command) {
        try {
            Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    String.valueOf(process.pid()), command).redirectErrorStream(true).start();
            String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            jcmd.waitFor();
            return output;
        } catch (IOException e) {
            throw new IllegalStateException("jcmd " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("jcmd " + command, e);
        }
    }

    private static void think(int meanMs) {
        if (meanMs > 0) {
            sleep(ThreadLocalRandom.current().nextLong(meanMs / 2, meanMs * 3L / 2 + 1));
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VaadinClient.Failure("interrupted");
        }
    }

    private static long count(String url, String query) throws SQLException {
        try (Connection db = DriverManager.getConnection(url, DB_USER, DB_PASSWORD);
             Statement statement = db.createStatement();
             ResultSet result = statement.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static void sql(String url, String statement) throws SQLException {
        try (Connection db = DriverManager.getConnection(url, DB_USER, DB_PASSWORD);
             Statement run = db.createStatement()) {
            run.execute(statement);
        }
    }

    /** CPU time of all measured server processes together. */
    private Duration serverCpu() {
        return servers.stream().map(AssessmentLoadBenchmark::cpu).reduce(Duration.ZERO, Duration::plus);
    }

    private static Duration cpu(ProcessHandle process) {
        return process.info().totalCpuDuration().orElseThrow(
                () -> new IllegalStateException("no CPU time for pid " + process.pid()));
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String seconds(double seconds) {
        return String.format("%.1f s measured", seconds);
    }
}
