package ru.rop.portal.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import ru.rop.portal.IntegrationTest;
import ru.rop.portal.TestData;
import ru.rop.portal.candidate.CandidateService;
import ru.rop.portal.candidate.Stage;
import ru.rop.portal.security.TestAccounts;

/**
 * The whole way of an event: a change in a feature's transaction, the outbox, the delivery table, the worker, a
 * real HTTP receiver on this machine (hence private addresses allowed) that checks signatures and processes each
 * event id once. Back-off and lease are short so retries and expired claims happen within the test; the worker is
 * run by the test, not by the clock.
 */
@IntegrationTest
@TestPropertySource(properties = {"rop.webhooks.allow-private=true", "rop.webhooks.first-retry=50ms",
        "rop.webhooks.max-retry=200ms", "rop.webhooks.lease=1s", "rop.webhooks.resubmit-after=0s",
        "rop.webhooks.poll-interval=1h"})
class WebhookDeliveryTest {

    @Autowired
    WebhookService webhooks;
    @Autowired
    WebhookWorker worker;
    @Autowired
    WebhookStore store;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TestData data;
    @Autowired
    CandidateService candidates;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    private WebhookReceiver receiver;
    private long endpoint;

    @BeforeEach
    void register() throws Exception {
        receiver = new WebhookReceiver();
        accounts.signIn(TestAccounts.OWNER_EMAIL);
        IssuedWebhook issued = webhooks.register(receiver.url(), EnumSet.of(WebhookEventType.CANDIDATE_CREATED,
                WebhookEventType.STAGE_CHANGED, WebhookEventType.CANDIDATE_ERASED));
        endpoint = issued.endpoint().id();
        receiver.secret(issued.secret());
    }

    @AfterEach
    void unregister() {
        accounts.signIn(TestAccounts.OWNER_EMAIL);
        webhooks.delete(endpoint);
        accounts.signOut();
        receiver.close();
    }

    @Test
    void signedEventsArriveAfterRetriesWithIdsAndStatesOnly() {
        receiver.failNext(3);
        long vacancy = data.vacancy();
        long candidate = data.candidate(vacancy, "Ирина Сигналова");
        candidates.moveTo(candidate, Stage.INTERVIEW, null);
        String created = eventId(WebhookEventType.CANDIDATE_CREATED, candidate);
        String moved = eventId(WebhookEventType.STAGE_CHANGED, candidate);

        runWorkerUntil(() -> receiver.processed().containsAll(List.of(created, moved)));

        assertThat(receiver.requests()).allMatch(WebhookReceiver.Request::signatureValid);
        assertThat(receiver.requests().stream().filter(r -> r.answered() == 500)).hasSize(3);
        List<WebhookReceiver.Request> createdRequests = receiver.requestsFor(created);
        String body = createdRequests.getLast().body();
        assertThat(JsonPath.<String>read(body, "$.id")).isEqualTo(created);
        assertThat(JsonPath.<String>read(body, "$.type")).isEqualTo("candidate.created");
        assertThat(JsonPath.<Map<String, Object>>read(body, "$.data")).containsOnlyKeys("candidateId", "vacancyId",
                "stage");
        assertThat(((Number) JsonPath.read(body, "$.data.candidateId")).longValue()).isEqualTo(candidate);
        assertThat(body).doesNotContain("Сигналова").doesNotContain("@mail.test");
        String movedBody = receiver.requestsFor(moved).getLast().body();
        assertThat(JsonPath.<String>read(movedBody, "$.data.from")).isEqualTo("NEW");
        assertThat(JsonPath.<String>read(movedBody, "$.data.to")).isEqualTo("INTERVIEW");

        WebhookDelivery log = deliveryOf(created);
        assertThat(log.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(log.lastStatusCode()).isEqualTo(200);
        int failed = (int) receiver.requests().stream().filter(r -> r.answered() == 500)
                .filter(r -> r.eventId().equals(created)).count();
        assertThat(log.attempts()).isEqualTo(failed + 1);
    }

    @Test
    void aRolledBackChangeSendsNothing() {
        long vacancy = data.vacancy();
        long[] candidate = new long[1];
        transactions.executeWithoutResult(status -> {
            candidate[0] = data.candidate(vacancy, "Откат Откатович");
            status.setRollbackOnly();
        });
        // A change committed after it has its event in the outbox: the rolled-back one would have had it by then.
        eventId(WebhookEventType.CANDIDATE_CREATED, data.candidate(vacancy, "Фиксов Фикс"));
        worker.poll();
        worker.poll();

        assertThat(jdbc.sql("SELECT COUNT(*) FROM webhook_event WHERE body LIKE ?")
                .param("%\"candidateId\":" + candidate[0] + ",%").query(Long.class).single()).isZero();
        assertThat(receiver.requests()).noneMatch(r -> r.body().contains("\"candidateId\":" + candidate[0] + ","));
    }

    @Test
    void anEventClaimedByAnInstanceThatDiedIsSentOnceAfterItsLease() {
        long candidate = data.candidate(data.vacancy(), "Лиза Арендова");
        String event = eventId(WebhookEventType.CANDIDATE_CREATED, candidate);
        WebhookDelivery delivery = deliveryOf(event);
        // The dying instance claimed the delivery and never sent it.
        assertThat(store.claim(delivery.id(), Instant.now())).isPresent();
        worker.poll();
        assertThat(receiver.requestsFor(event)).isEmpty();

        runWorkerUntil(() -> receiver.processed().contains(event));
        assertThat(receiver.requestsFor(event)).hasSize(1);
        assertThat(deliveryOf(event).status()).isEqualTo(DeliveryStatus.DELIVERED);

        // «Send again» (or a crash after sending, before recording) repeats the event id: the receiver sees it twice
        // and processes it once.
        webhooks.resend(delivery.id());
        runWorkerUntil(() -> receiver.requestsFor(event).size() == 2);
        assertThat(receiver.processed().stream().filter(event::equals)).hasSize(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE subject_type = 'WEBHOOK' AND subject_id = ? "
                + "AND detail = ?").params(endpoint, "webhook resend " + delivery.id()).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void anOutboxEntryLeftByACrashAfterTheCommitIsDeliveredOnceHoweverOftenItIsResubmitted() {
        long vacancy = data.vacancy();
        // The publication exactly as Modulith writes it with the change; the transaction is then rolled back and
        // the row put back as committed: the state a crash between the commit and the after-commit listener leaves.
        Map<String, Object> publication = transactions.execute(status -> {
            data.candidate(vacancy, "Пётр Сбоев");
            status.setRollbackOnly();
            return jdbc.sql("SELECT listener_id, event_type, serialized_event, status, completion_attempts FROM EVENT_PUBLICATION "
                    + "WHERE event_type LIKE '%WebhookEvent'").query().singleRow();
        });
        String event = JsonPath.read((String) publication.get("serialized_event"), "$.id");
        insertIncomplete(publication);

        runWorkerUntil(() -> receiver.processed().contains(event));
        // Resubmitted once more (its listener had run, but the crash came before it was marked completed).
        insertIncomplete(publication);
        worker.poll();
        runWorkerUntil(() -> jdbc.sql("SELECT COUNT(*) FROM EVENT_PUBLICATION").query(Long.class).single() == 0);
        worker.poll();

        assertThat(receiver.requestsFor(event)).hasSize(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM webhook_delivery WHERE event_id = ?").param(event)
                .query(Long.class).single()).isEqualTo(1);
    }

    private void insertIncomplete(Map<String, Object> publication) {
        Timestamp published = Timestamp.from(Instant.now().minusSeconds(120));
        jdbc.sql("INSERT INTO EVENT_PUBLICATION (id, listener_id, event_type, serialized_event, publication_date, "
                        + "status, completion_attempts, last_resubmission_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID().toString(), publication.get("listener_id"), publication.get("event_type"),
                        publication.get("serialized_event"), published, publication.get("status"),
                        publication.get("completion_attempts"), published)
                .update();
    }

    /** The event's id once the outbox has it: it is written on a task thread after the change's commit. */
    private String eventId(WebhookEventType type, long candidate) {
        return await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.sql(
                        "SELECT id FROM webhook_event WHERE event_type = ? AND body LIKE ?")
                .params(type.name(), "%\"candidateId\":" + candidate + ",%").query(String.class).optional(),
                Optional::isPresent).orElseThrow();
    }

    private WebhookDelivery deliveryOf(String event) {
        return webhooks.deliveries(endpoint).stream().filter(d -> d.eventId().toString().equals(event))
                .findFirst().orElseThrow();
    }

    private void runWorkerUntil(BooleanSupplier done) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!done.getAsBoolean()) {
            assertThat(System.nanoTime()).as("worker finished in time").isLessThan(deadline);
            worker.poll();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
