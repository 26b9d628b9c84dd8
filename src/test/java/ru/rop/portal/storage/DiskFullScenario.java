package ru.rop.portal.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The application on an embedded H2 file whose disk fills up: nothing answered 201 is lost, what could not be
 * saved is answered 503 (problem+json on the API, a Russian page on the candidate's link) and never a redirect to
 * the staff login, health is DOWN while the database is closed (or the database the pool reopened still refuses
 * writes with 503), and the same process serves again once there is room.
 * Subclasses decide how the disk fills: an injected write failure, or a real small file system.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
abstract class DiskFullScenario {

    private static final String KEY = "Bearer test-bootstrap-key-0123456789abcdef";
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    int port;

    /** Makes every further write of the database file fail as on a full disk. */
    abstract void fillTheDisk() throws Exception;

    abstract void freeTheDisk() throws Exception;

    /** The JDBC URL of the database file, to read it back after the test stopped it. */
    abstract String databaseUrl();

    /** Skips the test where this way of filling a disk is impossible. */
    void assumeFillable() {
    }

    @Test
    void aFullDiskRefusesWritesHonestlyAndTheSameProcessServesAgainOnceThereIsRoom() throws Exception {
        assumeFillable();
        String run = UUID.randomUUID().toString().substring(0, 8);
        long vacancy = id(call("POST", "/api/v1/vacancies", "{\"title\":\"РОП, диск " + run
                + "\",\"companyName\":\"ООО «Диск»\"}", 201));
        String saved = "Сохранённая Анна " + run;
        String refused = "Несохранённый Борис " + run;
        String later = "Поздняя Вера " + run;
        long savedId = id(call("POST", "/api/v1/candidates", candidate(vacancy, saved, "anna-" + run), 201));
        String link = field(call("POST", "/api/v1/candidates/" + savedId + "/invitations", "{}", 201).body(), "url");
        String token = link.substring(link.lastIndexOf('/') + 1);
        assertThat(health()).isEqualTo(200);

        fillTheDisk();
        try {
            HttpResponse<String> write = call("POST", "/api/v1/candidates", candidate(vacancy, refused,
                    "boris-" + run), -1);
            assertThat(write.statusCode()).as("a write that could not reach the disk: " + write.body())
                    .isEqualTo(503);
            assertProblem(write);
            HttpResponse<String> read = call("GET", "/api/v1/candidates/" + savedId, null, -1);
            assertThat(read.statusCode()).as("the API while the database cannot serve: " + read.body())
                    .isIn(200, 503);
            if (read.statusCode() == 503) {
                assertProblem(read);
            }
            HttpResponse<String> page = get("/a/" + token, "text/html");
            assertThat(page.statusCode()).as("the candidate's link, not a redirect to the staff login")
                    .isEqualTo(503);
            assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                    .startsWith("text/html"));
            assertThat(page.body()).contains("lang=\"ru\"", "Портал временно недоступен");
            HttpResponse<String> health = get("/actuator/health", "application/json");
            if (health.statusCode() == 200) {
                // The pool may already have reopened the file, which reads fine where free space looks ample (an
                // injected failure); then a write must still be refused honestly.
                HttpResponse<String> again = call("POST", "/api/v1/candidates", candidate(vacancy, refused,
                        "boris-" + run), -1);
                assertThat(again.statusCode()).as("health UP while the disk is full, and a write: " + again.body())
                        .isEqualTo(503);
                assertProblem(again);
            } else {
                assertThat(health.statusCode()).as("health while the disk is full: " + health.body()).isEqualTo(503);
            }
        } finally {
            freeTheDisk();
        }

        awaitHealth(200, Duration.ofSeconds(60));
        long laterId = id(retried("POST", "/api/v1/candidates", candidate(vacancy, later, "vera-" + run), 201));
        assertThat(retried("GET", "/api/v1/candidates/" + savedId, null, 200).body()).contains(saved);
        assertThat(laterId).isPositive();

        // A restart of the database: whatever was answered 201 is in the file, what was refused is not.
        try (Connection connection = DriverManager.getConnection(databaseUrl(), "sa", "")) {
            connection.createStatement().execute("SHUTDOWN");
        }
        try (Connection connection = DriverManager.getConnection(databaseUrl(), "sa", "");
             ResultSet rows = connection.createStatement().executeQuery(
                     "SELECT full_name FROM candidate WHERE full_name LIKE '%" + run + "'")) {
            List<String> names = new ArrayList<>();
            while (rows.next()) {
                names.add(rows.getString(1));
            }
            assertThat(names).containsExactlyInAnyOrder(saved, later);
        }
    }

    private static String candidate(long vacancy, String name, String mailbox) {
        return "{\"vacancyId\":" + vacancy + ",\"fullName\":\"" + name + "\",\"email\":\"" + mailbox
                + "@disk.test\"}";
    }

    private static void assertProblem(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        assertThat(response.body()).contains("\"status\":503", "База данных сейчас недоступна");
    }

    private int health() throws Exception {
        return get("/actuator/health", "application/json").statusCode();
    }

    private void awaitHealth(int expected, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        int last = -1;
        while (System.nanoTime() < deadline) {
            last = health();
            if (last == expected) {
                return;
            }
            Thread.sleep(250);
        }
        assertThat(last).as("health within " + timeout).isEqualTo(expected);
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", accept)
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** @param expected the status the call must answer, or -1 to leave it to the caller */
    private HttpResponse<String> call(String method, String path, String json, int expected) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", KEY).header("Accept", "application/json").timeout(Duration.ofSeconds(30));
        request = json == null ? request.GET() : request.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json));
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (expected > 0) {
            assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(expected);
        }
        return response;
    }

    /**
     * As a client honouring 503 and Retry-After does (with a shorter pause): the pool drops the closed database's
     * connections one failed request each and reopens the file in the background, so the first calls after the disk
     * has room may still be answered 503 — on a busy machine for some seconds — never anything else.
     */
    private HttpResponse<String> retried(String method, String path, String json, int expected) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        HttpResponse<String> response = call(method, path, json, -1);
        while (response.statusCode() == 503 && System.nanoTime() < deadline) {
            Thread.sleep(500);
            response = call(method, path, json, -1);
        }
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body() + "; health: "
                + get("/actuator/health", "application/json").body()).isEqualTo(expected);
        return response;
    }

    private static long id(HttpResponse<String> response) {
        return Long.parseLong(field(response.body(), "id"));
    }

    private static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\":\"?([^\",}]+)").matcher(json);
        assertThat(matcher.find()).as(name + " in " + json).isTrue();
        return matcher.group(1);
    }

    static String h2Url(String path) {
        return "jdbc:h2:" + path + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }
}
