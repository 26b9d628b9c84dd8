package ru.rop.portal.webhooks;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A CRM's receiving end, as its developers would write it: checks the signature over timestamp and body,
 * refuses stale timestamps, and processes each event id once however often it arrives. It can be told to answer
 * 500 to the next requests.
 */
final class WebhookReceiver implements AutoCloseable {

    record Request(String eventId, String timestamp, String signature, String body, boolean signatureValid,
                   int answered) {
    }

    private final HttpServer server;
    private final List<Request> requests = new ArrayList<>();
    private final Set<String> processed = new LinkedHashSet<>();
    private final AtomicInteger failNext = new AtomicInteger();
    private volatile String secret = "";

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String eventId = exchange.getRequestHeaders().getFirst("X-Rop-Event-Id");
            String timestamp = exchange.getRequestHeaders().getFirst("X-Rop-Timestamp");
            String signature = exchange.getRequestHeaders().getFirst("X-Rop-Signature");
            boolean valid = timestamp != null && signature != null
                    && WebhookSigner.signature(secret, Long.parseLong(timestamp), body).equals(signature)
                    && Math.abs(System.currentTimeMillis() / 1000 - Long.parseLong(timestamp)) < 300;
            int answer = !valid ? 401 : failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 500 : 200;
            synchronized (this) {
                requests.add(new Request(eventId, timestamp, signature, body, valid, answer));
                if (answer == 200) {
                    processed.add(eventId);
                }
            }
            exchange.sendResponseHeaders(answer, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    void secret(String secret) {
        this.secret = secret;
    }

    void failNext(int times) {
        failNext.set(times);
    }

    synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    synchronized List<Request> requestsFor(String eventId) {
        return requests.stream().filter(r -> eventId.equals(r.eventId())).toList();
    }

    /** Event ids processed, each once, in the order first processed. */
    synchronized List<String> processed() {
        return List.copyOf(processed);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
