package ru.rop.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * The production jar as a separate operating-system process, the way it runs on a server: started with the
 * environment an operator sets, killed with SIGKILL or stopped with SIGTERM, watched through /actuator/health.
 */
final class PortalProcess implements AutoCloseable {

    /** About 15 s on an idle two-core machine; generous because CI machines may be shared. */
    static final Duration START_TIMEOUT = Duration.ofSeconds(240);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Path jar;
    private final Map<String, String> environment;
    private final Path log;
    final int port;
    private Process process;

    PortalProcess(Path jar, int port, Map<String, String> environment, Path log) {
        this.jar = jar;
        this.port = port;
        this.environment = new HashMap<>(environment);
        this.environment.put("SERVER_PORT", String.valueOf(port));
        this.log = log;
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Starts the jar and waits until health is UP; returns how long that took. */
    Duration start() {
        long started = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString());
        builder.environment().putAll(environment);
        builder.redirectErrorStream(true);
        builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        try {
            Files.createDirectories(log.getParent());
            process = builder.start();
            // Never leave a server behind if the test JVM ends early.
            Process child = process;
            Runtime.getRuntime().addShutdownHook(new Thread(child::destroyForcibly));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitHealth(status -> status == 200, START_TIMEOUT, "health UP after start");
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** kill -9: no shutdown hook, no flush, no graceful close of connections. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** SIGTERM: Spring's graceful shutdown. */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            process.waitFor();
        }
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    /** The HTTP status of /actuator/health{suffix}, or -1 when nothing answers. */
    int health(String suffix) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url("/actuator/health" + suffix)))
                    .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Polls health until {@code expected} holds; returns the time it took. */
    Duration awaitHealth(IntPredicate expected, Duration timeout, String what) {
        long started = System.nanoTime();
        long deadline = started + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (process != null && !process.isAlive()) {
                throw new IllegalStateException("the application exited (code " + process.exitValue()
                        + ") while waiting for " + what + "; see " + log);
            }
            if (expected.test(health(""))) {
                return Duration.ofNanos(System.nanoTime() - started);
            }
            sleep(200);
        }
        throw new IllegalStateException("no " + what + " within " + timeout + "; see " + log);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
