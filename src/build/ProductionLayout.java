import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The production build's last step (pom.xml, profile "production"), run as a source file by the JDK that Maven's
 * toolchain selected: turns target/rop-portal.jar into the folder operators run, target/rop-portal/, with
 * <ul>
 * <li>the jar extracted (Spring Boot's "tools" jar mode): classes from plain jars, which the JVM's cache needs;</li>
 * <li>rop-portal.aot, the JDK's ahead-of-time class cache (JEP 483/514), made by a training run: the application
 * starts on a throw-away embedded database, answers health and the sign-in page, and stops;</li>
 * <li>the launcher rop-portal, which starts the application with this same JDK and its cache (a cache works only
 * with the JVM that made it; with another one the JVM says so and starts without it).</li>
 * </ul>
 * Usage: java src/build/ProductionLayout.java target/rop-portal.jar target/rop-portal
 */
public class ProductionLayout {

    private static final Duration TRAINING_LIMIT = Duration.ofMinutes(5);

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]).toAbsolutePath();
        Path folder = Path.of(args[1]).toAbsolutePath();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        deleteRecursively(folder);
        run(List.of(java.toString(), "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination",
                folder.toString()));
        Path app = folder.resolve("rop-portal.jar");
        Path cache = folder.resolve("rop-portal.aot");
        train(java, app, cache);
        writeLauncher(java, folder.resolve("rop-portal"));
        System.out.println("Production layout ready: " + folder + " (start it with " + folder.resolve("rop-portal")
                + ")");
    }

    private static void train(Path java, Path app, Path cache) throws Exception {
        Path data = Files.createTempDirectory("rop-aot-training");
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-XX:AOTCacheOutput=" + cache, "-jar",
                app.toString(), "--server.port=" + port, "--server.address=127.0.0.1")
                .redirectErrorStream(true).redirectOutput(data.resolve("training.log").toFile());
        // The training run must never touch a real database or send mail: nothing of the caller's settings.
        builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("ROP_"));
        builder.environment().put("ROP_DATA_DIR", data.resolve("data").toString());
        builder.environment().put("VAADIN_USAGE_STATS_ENABLED", "false");
        Process training = builder.start();
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            String base = "http://127.0.0.1:" + port;
            long deadline = System.nanoTime() + TRAINING_LIMIT.toNanos();
            while (!answers(http, base + "/actuator/health", "\"UP\"")) {
                if (!training.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("The AOT training run did not start; its log: "
                            + data.resolve("training.log"));
                }
                Thread.sleep(200);
            }
            // What a first visitor touches: the sign-in page, Vaadin's bootstrap, a candidate's link.
            for (String path : List.of("/login", "/login", "/a/not-a-real-link", "/actuator/health")) {
                answers(http, base + path, "");
            }
        } finally {
            // A normal exit (SIGTERM) is when the JVM writes the cache.
            training.destroy();
        }
        if (!training.waitFor(TRAINING_LIMIT.toSeconds(), TimeUnit.SECONDS) || !Files.isRegularFile(cache)) {
            training.destroyForcibly();
            throw new IllegalStateException("The AOT cache was not written; see " + data.resolve("training.log"));
        }
        deleteRecursively(data);
    }

    private static boolean answers(HttpClient http, String url, String expected) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() < 500 && response.body().contains(expected);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void writeLauncher(Path java, Path launcher) throws IOException {
        Files.writeString(launcher, """
                #!/bin/sh
                # Made by the production build (src/build/ProductionLayout.java): starts РОП-портал with the JDK that
                # built it and the class cache trained with that JDK. Extra JVM options: JAVA_OPTS (e.g. -Xmx2g).
                here="$(cd "$(dirname "$0")" && pwd)"
                exec "%s" -XX:AOTCache="$here/rop-portal.aot" $JAVA_OPTS -jar "$here/rop-portal.jar" "$@"
                """.formatted(java));
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static void run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed with " + process.exitValue());
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
