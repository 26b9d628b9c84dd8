package ru.rop.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The production jar on its embedded H2 file, killed with SIGKILL right after it answered 201: every write it
 * acknowledged is there after the restart. With H2's default WRITE_DELAY of 500 ms the last half second of
 * acknowledged writes lived only in memory and was lost. A failure drill on the production jar like
 * {@link ResilienceTest} (tag "resilience", run by {@code ops/resilience-check.sh}); needs no MariaDB.
 */
@Tag("resilience")
class EmbeddedKillTest {

    private static final int WRITES = 20;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Path jar = Path.of(setting("ROP_JAR", "target/rop-portal.jar"));
    private final Path work = Path.of(setting("ROP_OPS_WORK", "target/resilience")).toAbsolutePath()
            .resolve("embedded-kill-" + UUID.randomUUID());
    private final int port = Integer.parseInt(setting("ROP_OPS_PORT", "18311")) + 7;
    private final String apiKey = "ops-" + UUID.randomUUID();

    @Test
    void everyWriteAnswered201SurvivesAKillNine() throws Exception {
        Files.createDirectories(work);
        Map<String, String> environment = Map.of("ROP_DATA_DIR", work.resolve("data").toString(),
                "ROP_ADMIN_EMAIL", "owner@kill.test", "ROP_ADMIN_PASSWORD", "Kill-" + UUID.randomUUID(),
                "ROP_API_KEY", apiKey);
        List<Long> acknowledged = new ArrayList<>();
        try (PortalProcess app = new PortalProcess(jar, port, environment, work.resolve("app.log"))) {
            app.start();
            long vacancy = id(post(app, "/api/v1/vacancies", "{\"title\":\"РОП, kill -9 " + UUID.randomUUID()
                    + "\",\"companyName\":\"ООО «Стойкость»\"}"));
            for (int i = 0; i < WRITES; i++) {
                acknowledged.add(id(post(app, "/api/v1/candidates", "{\"vacancyId\":" + vacancy
                        + ",\"fullName\":\"Кандидат " + i + "\",\"email\":\"c" + i + "@kill.test\"}")));
            }
            // At once after the last 201: no time for a delayed write to reach the file.
            app.kill();

            app.start();
            for (long candidate : acknowledged) {
                HttpResponse<String> read = send(app, HttpRequest.newBuilder(URI.create(app.url(
                        "/api/v1/candidates/" + candidate))).GET());
                assertThat(read.statusCode()).as("candidate " + candidate + " answered 201 before kill -9")
                        .isEqualTo(200);
            }
        }
    }

    private String post(PortalProcess app, String path, String json) throws Exception {
        HttpResponse<String> response = send(app, HttpRequest.newBuilder(URI.create(app.url(path)))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
        assertThat(response.statusCode()).as("POST " + path + ": " + response.body()).isEqualTo(201);
        return response.body();
    }

    private HttpResponse<String> send(PortalProcess app, HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.header("Authorization", "Bearer " + apiKey).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static long id(String json) {
        Matcher matcher = Pattern.compile("\"id\":(\\d+)").matcher(json);
        assertThat(matcher.find()).as("id in " + json).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    private static String setting(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
