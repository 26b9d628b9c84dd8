package ru.rop.portal.webhooks;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Endpoints, events and deliveries in plain SQL (the same for MariaDB and H2). Instants are stored as UTC
 * {@code DATETIME(6)}, like the rest of the schema. A delivery is claimed with one conditional UPDATE, so of two
 * instances polling at once exactly one gets it; the claim's lease end, kept to the millisecond, identifies it.
 */
@Component
class WebhookStore {

    record Endpoint(long id, String url, String secret, Set<WebhookEventType> events, String createdBy,
                    Instant createdAt) {

        WebhookEndpointSummary summary() {
            return new WebhookEndpointSummary(id, url, events, createdBy, createdAt);
        }
    }

    /** A delivery this instance owns until {@code leaseUntil}: what to send where. */
    record Claim(long deliveryId, UUID eventId, long endpointId, String url, String secret, String body,
                 int attempts, Instant giveUpAt, Instant leaseUntil) {
    }

    private static final String DELIVERY_COLUMNS = "d.id, d.event_id, e.event_type, d.status, d.attempts, "
            + "d.last_status_code, d.last_error, d.created_at, d.last_attempt_at, d.next_attempt_at";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final WebhookProperties properties;

    WebhookStore(JdbcClient jdbc, JsonMapper json, WebhookProperties properties) {
        this.jdbc = jdbc;
        this.json = json;
        this.properties = properties;
    }

    long createEndpoint(String url, String secret, Set<WebhookEventType> events, String createdBy, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO webhook_endpoint (url, secret, events, created_by, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(url, secret, events.stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
                        createdBy, at(now))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    List<Endpoint> endpoints() {
        return jdbc.sql("SELECT id, url, secret, events, created_by, created_at FROM webhook_endpoint ORDER BY id")
                .query((rs, n) -> new Endpoint(rs.getLong(1), rs.getString(2), rs.getString(3), events(rs.getString(4)),
                        rs.getString(5), instant(rs.getObject(6, LocalDateTime.class))))
                .list();
    }

    Optional<Endpoint> endpoint(long id) {
        return endpoints().stream().filter(endpoint -> endpoint.id() == id).findFirst();
    }

    boolean deleteEndpoint(long id) {
        return jdbc.sql("DELETE FROM webhook_endpoint WHERE id = ?").param(id).update() == 1;
    }

    /** Stores the event and a delivery for every endpoint that wants it; nothing when the event is already here. */
    void enqueue(WebhookEvent event, Instant now) {
        String id = event.id().toString();
        if (jdbc.sql("SELECT COUNT(*) FROM webhook_event WHERE id = ?").param(id).query(Long.class).single() > 0) {
            return;
        }
        jdbc.sql("INSERT INTO webhook_event (id, event_type, occurred_at, body) VALUES (?, ?, ?, ?)")
                .params(id, event.type().name(), at(event.occurredAt()), body(event)).update();
        for (Endpoint endpoint : endpoints()) {
            if (endpoint.events().contains(event.type())) {
                jdbc.sql("INSERT INTO webhook_delivery (endpoint_id, event_id, status, attempts, created_at, "
                                + "next_attempt_at, give_up_at) VALUES (?, ?, ?, 0, ?, ?, ?)")
                        .params(endpoint.id(), id, DeliveryStatus.PENDING.name(), at(now), at(now),
                                at(now.plus(properties.retryFor())))
                        .update();
            }
        }
    }

    /** The JSON sent: exactly these bytes are signed. */
    private String body(WebhookEvent event) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", event.id().toString());
        body.put("type", event.type().wireName());
        body.put("occurredAt", event.occurredAt().truncatedTo(ChronoUnit.MILLIS).toString());
        body.put("data", event.data());
        return json.writeValueAsString(body);
    }

    /** Deliveries due now: waiting ones whose time came, and claimed ones whose instance let the lease run out. */
    List<Long> due(Instant now, int limit) {
        return jdbc.sql("SELECT id FROM webhook_delivery WHERE (status = 'PENDING' AND next_attempt_at <= ?) "
                        + "OR (status = 'SENDING' AND lease_until <= ?) ORDER BY next_attempt_at LIMIT ?")
                .params(at(now), at(now), limit).query(Long.class).list();
    }

    /** Takes the delivery for this instance until the lease ends, counting the attempt; empty if another was first. */
    Optional<Claim> claim(long deliveryId, Instant now) {
        Instant leaseUntil = now.plus(properties.lease()).truncatedTo(ChronoUnit.MILLIS);
        int claimed = jdbc.sql("UPDATE webhook_delivery SET status = 'SENDING', lease_until = ?, "
                        + "attempts = attempts + 1, last_attempt_at = ? WHERE id = ? AND ("
                        + "(status = 'PENDING' AND next_attempt_at <= ?) OR (status = 'SENDING' AND lease_until <= ?))")
                .params(at(leaseUntil), at(now), deliveryId, at(now), at(now)).update();
        if (claimed != 1) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT d.id, d.event_id, w.id, w.url, w.secret, e.body, d.attempts, d.give_up_at "
                        + "FROM webhook_delivery d JOIN webhook_endpoint w ON w.id = d.endpoint_id "
                        + "JOIN webhook_event e ON e.id = d.event_id WHERE d.id = ?")
                .param(deliveryId)
                .query((rs, n) -> new Claim(rs.getLong(1), UUID.fromString(rs.getString(2)), rs.getLong(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getInt(7),
                        instant(rs.getObject(8, LocalDateTime.class)), leaseUntil))
                .optional();
    }

    /** The answer of an attempt; ignored when the lease was lost meanwhile (another instance has it now). */
    void delivered(Claim claim, int statusCode, Instant now) {
        jdbc.sql("UPDATE webhook_delivery SET status = 'DELIVERED', last_status_code = ?, last_error = NULL, "
                        + "lease_until = NULL, next_attempt_at = ? WHERE id = ? AND status = 'SENDING' AND lease_until = ?")
                .params(statusCode, at(now), claim.deliveryId(), at(claim.leaseUntil())).update();
    }

    /** A failed attempt: retried at {@code nextAttempt}, or failed for good when that is null. */
    void failed(Claim claim, Integer statusCode, String error, Instant nextAttempt, Instant now) {
        jdbc.sql("UPDATE webhook_delivery SET status = ?, last_status_code = ?, last_error = ?, lease_until = NULL, "
                        + "next_attempt_at = ? WHERE id = ? AND status = 'SENDING' AND lease_until = ?")
                .params(nextAttempt == null ? DeliveryStatus.FAILED.name() : DeliveryStatus.PENDING.name(), statusCode,
                        error.length() > 300 ? error.substring(0, 300) : error, at(nextAttempt == null ? now : nextAttempt),
                        claim.deliveryId(), at(claim.leaseUntil()))
                .update();
    }

    List<WebhookDelivery> deliveries(long endpointId, int limit) {
        return jdbc.sql("SELECT " + DELIVERY_COLUMNS + " FROM webhook_delivery d JOIN webhook_event e "
                        + "ON e.id = d.event_id WHERE d.endpoint_id = ? ORDER BY d.id DESC LIMIT ?")
                .params(endpointId, limit).query((rs, n) -> new WebhookDelivery(rs.getLong(1),
                        UUID.fromString(rs.getString(2)), WebhookEventType.valueOf(rs.getString(3)),
                        DeliveryStatus.valueOf(rs.getString(4)), rs.getInt(5), (Integer) rs.getObject(6, Integer.class),
                        rs.getString(7), instant(rs.getObject(8, LocalDateTime.class)),
                        instant(rs.getObject(9, LocalDateTime.class)), instant(rs.getObject(10, LocalDateTime.class))))
                .list();
    }

    /** The endpoint of a delivery that is not being sent right now. */
    Optional<Long> resendable(long deliveryId) {
        return jdbc.sql("SELECT endpoint_id FROM webhook_delivery WHERE id = ? AND status <> 'SENDING'")
                .param(deliveryId).query(Long.class).optional();
    }

    /** Due again now, with a new day of retries; the attempts already made stay counted. */
    boolean resend(long deliveryId, Instant now) {
        return jdbc.sql("UPDATE webhook_delivery SET status = 'PENDING', next_attempt_at = ?, give_up_at = ?, "
                        + "lease_until = NULL WHERE id = ? AND status <> 'SENDING'")
                .params(at(now), at(now.plus(properties.retryFor())), deliveryId).update() == 1;
    }

    private static Set<WebhookEventType> events(String names) {
        Set<WebhookEventType> events = EnumSet.noneOf(WebhookEventType.class);
        Arrays.stream(names.split(",")).filter(name -> !name.isBlank()).map(WebhookEventType::valueOf)
                .forEach(events::add);
        return events;
    }

    private static LocalDateTime at(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime value) {
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }
}
