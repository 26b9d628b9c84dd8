package ru.rop.portal.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A browser without a browser: speaks Vaadin Flow's client protocol over HTTP, as the bundled JavaScript client
 * does, so one load-generating JVM can hold dozens of sessions. It opens a route ({@code ?v-r=init}, then the
 * {@code ui-navigate} event), keeps the element tree from the {@code changes} of every answer (tags, ids,
 * attributes, classes, listeners; detached nodes are dropped) and sends clicks, property syncs and DOM events as
 * {@code rpc} entries with the security key, {@code syncId} and {@code clientId} the server checks. Every request
 * is timed and recorded; an answer that is not a 200, not UIDL, or carries an application error or an expired
 * session is a failure.
 */
final class VaadinClient {

    /** Element tree features of Flow's protocol (NodeFeatures). */
    private static final int ELEMENT_DATA = 0;
    private static final int ELEMENT_PROPERTIES = 1;
    private static final int ELEMENT_CHILDREN = 2;
    private static final int ELEMENT_ATTRIBUTES = 3;
    private static final int ELEMENT_LISTENERS = 4;
    private static final int TEXT_NODE = 7;
    private static final int CLASS_LIST = 11;

    static final class Failure extends RuntimeException {
        Failure(String message) {
            super(message);
        }
    }

    private static final class Node {
        String tag;
        final Map<String, JsonNode> properties = new HashMap<>();
        final Map<String, String> attributes = new HashMap<>();
        final Set<String> listeners = new HashSet<>();
        final Set<String> classes = new HashSet<>();
        final List<Integer> children = new ArrayList<>();
        String text = "";
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http;
    private final String base;
    private final LoadRecorder recorder;
    private final Map<Integer, Node> nodes = new HashMap<>();
    private final List<Integer> warnings = new ArrayList<>();
    private String securityKey;
    private int uiId;
    private int syncId;
    private int clientId;

    /** @param http carries this client's cookies (the session); one per simulated person */
    VaadinClient(HttpClient http, String base, LoadRecorder recorder) {
        this.http = http;
        this.base = base;
        this.recorder = recorder;
    }

    static HttpClient newHttp() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Loads the page of a route as a browser does: the HTML, the UI's initial state, then the navigation. */
    void open(String route) {
        send("page", HttpRequest.newBuilder(URI.create(base + route)).GET());
        String init = send("init", HttpRequest.newBuilder(URI.create(base + "?v-r=init&location="
                + URLEncoder.encode(route, StandardCharsets.UTF_8) + "&query=")).GET());
        JsonNode config = parse(init).path("appConfig");
        JsonNode uidl = config.path("uidl");
        if (!uidl.has("Vaadin-Security-Key")) {
            throw new Failure("init without a UI: " + abbreviate(init));
        }
        nodes.clear();
        uiId = config.path("v-uiId").asInt();
        securityKey = uidl.path("Vaadin-Security-Key").asString();
        clientId = 0;
        apply(uidl);
        navigate(route, "navigate");
    }

    /** Moves the open page to another route, as a link inside the application does (the same UI). */
    void navigate(String route, String label) {
        ObjectNode data = JSON.createObjectNode().put("route", route).put("query", "").put("appShellTitle", "")
                .put("trigger", "");
        data.putObject("historyState").put("idx", 0);
        rpc(label, event(1, "ui-navigate").set("data", data));
    }

    /** The newest attached element with this id attribute. */
    int byId(String id) {
        return find(n -> id.equals(n.attributes.get("id")))
                .orElseThrow(() -> new Failure("no element #" + id + " on the page"));
    }

    boolean has(String id) {
        return find(n -> id.equals(n.attributes.get("id"))).isPresent();
    }

    Optional<Integer> byTag(String tag) {
        return find(n -> tag.equals(n.tag));
    }

    /** Ids of the attached elements whose id starts so, e.g. the options of an item. */
    List<String> idsStartingWith(String prefix) {
        List<String> ids = new ArrayList<>();
        for (Node node : nodes.values()) {
            String id = node.attributes.get("id");
            if (id != null && id.startsWith(prefix)) {
                ids.add(id);
            }
        }
        return ids;
    }

    void click(String id, String label) {
        int node = byId(id);
        if (nodes.get(node).attributes.containsKey("disabled")) {
            throw new Failure("#" + id + " is disabled");
        }
        ObjectNode data = JSON.createObjectNode();
        // As the browser evaluates the event data the assessment's steps ask for: the item the tap was made on.
        itemOf(node).ifPresent(item -> data.put("element.closest('[data-item]').dataset.item", item));
        rpc(label, event(node, "click").set("data", data));
    }

    /** The {@code data-item} of the element or its nearest ancestor that has one. */
    private Optional<String> itemOf(int node) {
        for (Integer at = node; at != null && nodes.containsKey(at); at = parentOf(at)) {
            String item = nodes.get(at).attributes.get("data-item");
            if (item != null) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }

    private Integer parentOf(int child) {
        return nodes.entrySet().stream().filter(e -> e.getValue().children.contains(child)).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }

    /**
     * A property the user changed in the browser, then its change event, in one request as the client batches
     * them (a checkbox ticked, text typed into a field).
     */
    void change(String id, String property, JsonNode value, String eventName, String label) {
        int node = byId(id);
        ObjectNode sync = JSON.createObjectNode().put("type", "mSync").put("node", node)
                .put("feature", ELEMENT_PROPERTIES).put("property", property);
        sync.set("value", value);
        if (nodes.get(node).listeners.contains(eventName)) {
            rpc(label, sync, event(node, eventName).set("data", JSON.createObjectNode()));
        } else {
            rpc(label, sync);
        }
    }

    void fire(int node, String eventName, String label) {
        rpc(label, event(node, eventName).set("data", JSON.createObjectNode()));
    }

    /** Texts of elements marked as a warning since the last call: the view reported a problem to the person. */
    List<String> takeWarnings() {
        List<String> shown = warnings.stream().filter(nodes::containsKey).map(this::text).toList();
        warnings.clear();
        return shown;
    }

    private String text(int id) {
        Node node = nodes.get(id);
        if (node == null) {
            return "";
        }
        StringBuilder text = new StringBuilder(node.text);
        node.children.forEach(child -> text.append(text(child)));
        return text.toString();
    }

    private ObjectNode event(int node, String eventName) {
        return JSON.createObjectNode().put("type", "event").put("node", node).put("event", eventName);
    }

    private void rpc(String label, ObjectNode... invocations) {
        ObjectNode message = JSON.createObjectNode().put("csrfToken", securityKey).put("syncId", syncId)
                .put("clientId", clientId);
        ArrayNode rpc = message.putArray("rpc");
        for (ObjectNode invocation : invocations) {
            rpc.add(invocation);
        }
        String body = send(label, HttpRequest.newBuilder(URI.create(base + "?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(message))));
        JsonNode answer = parse(body);
        if (answer.isArray()) {
            answer = answer.path(0);
        }
        JsonNode meta = answer.path("meta");
        if (meta.has("appError") || meta.path("sessionExpired").asBoolean(false) || !answer.has("syncId")) {
            throw new Failure(label + ": " + abbreviate(body));
        }
        clientId++;
        apply(answer);
    }

    /** One HTTP exchange, timed from sending to the whole answer read, recorded under the label. */
    private String send(String label, HttpRequest.Builder request) {
        long started = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = http.send(request.header("Accept-Language", "ru-RU,ru;q=0.9").build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            recorder.record(label, System.nanoTime() - started, false);
            throw new Failure(label + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure(label + ": interrupted");
        }
        long elapsed = System.nanoTime() - started;
        String body = response.body();
        boolean ok = response.statusCode() == 200 && !body.contains("\"appError\"")
                && !body.contains("\"sessionExpired\":true");
        recorder.record(label, elapsed, ok);
        if (!ok) {
            String redirect = response.headers().firstValue("Location").map(l -> "to " + l + " ").orElse("");
            throw new Failure(label + ": HTTP " + response.statusCode() + " " + redirect + abbreviate(body));
        }
        return body;
    }

    private void apply(JsonNode uidl) {
        syncId = uidl.path("syncId").asInt(syncId);
        for (JsonNode change : uidl.path("changes")) {
            int id = change.path("node").asInt();
            String type = change.path("type").asString();
            if ("detach".equals(type)) {
                nodes.remove(id);
                continue;
            }
            Node node = nodes.computeIfAbsent(id, k -> new Node());
            int feature = change.path("feat").asInt(-1);
            String key = change.path("key").asString("");
            switch (type) {
                case "put" -> {
                    JsonNode value = change.path("value");
                    switch (feature) {
                        case ELEMENT_DATA -> {
                            if ("tag".equals(key)) {
                                node.tag = value.asString();
                            }
                        }
                        case ELEMENT_PROPERTIES -> node.properties.put(key, value);
                        // A resource's address comes as an object, not text: kept as its JSON.
                        case ELEMENT_ATTRIBUTES -> node.attributes.put(key,
                                value.isString() ? value.asString() : value.toString());
                        case ELEMENT_LISTENERS -> node.listeners.add(key);
                        case TEXT_NODE -> node.text = value.isString() ? value.asString() : value.toString();
                        default -> {
                        }
                    }
                }
                case "remove" -> {
                    if (feature == ELEMENT_ATTRIBUTES) {
                        node.attributes.remove(key);
                    } else if (feature == ELEMENT_LISTENERS) {
                        node.listeners.remove(key);
                    }
                }
                case "clear" -> {
                    if (feature == ELEMENT_CHILDREN) {
                        node.children.clear();
                    }
                }
                case "splice" -> {
                    if (feature == ELEMENT_CHILDREN) {
                        int index = change.path("index").asInt();
                        for (int i = change.path("remove").asInt(0); i > 0; i--) {
                            node.children.remove(index);
                        }
                        for (JsonNode added : change.path("addNodes")) {
                            node.children.add(index++, added.asInt());
                        }
                    } else if (feature == CLASS_LIST) {
                        for (JsonNode added : change.path("add")) {
                            node.classes.add(added.asString());
                            if ("rop-warning-text".equals(added.asString())) {
                                warnings.add(id);
                            }
                        }
                    }
                }
                default -> {
                }
            }
        }
    }

    private Optional<Integer> find(Predicate<Node> test) {
        // Node ids only grow: the newest match is the one on the page now.
        return nodes.entrySet().stream().filter(e -> test.test(e.getValue())).map(Map.Entry::getKey)
                .max(Integer::compare);
    }

    private static JsonNode parse(String body) {
        String json = body.startsWith("for(;;);") ? body.substring("for(;;);".length()) : body;
        return JSON.readTree(json);
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
