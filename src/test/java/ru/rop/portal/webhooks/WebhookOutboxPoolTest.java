package ru.rop.portal.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import ru.rop.portal.IntegrationTest;
import ru.rop.portal.TestData;
import ru.rop.portal.security.TestAccounts;

/**
 * A change that publishes webhook events needs one connection at a time. With one connection of the pool left, the
 * registry's and the outbox's writes after the commit must wait for the change to give it back: when they ran in the
 * change's after-commit callback they waited for a second connection while the change still held the last one,
 * timed out, and the event stayed in the registry until the worker resubmitted it. Under load a whole pool of
 * submissions waited for each other so and failed (docs/performance.md, issue 18).
 */
@IntegrationTest
@TestPropertySource(properties = {"spring.datasource.hikari.maximum-pool-size=2",
        "spring.datasource.hikari.connection-timeout=2000", "rop.webhooks.poll-interval=1h",
        "rop.webhooks.resubmit-after=1h"})
class WebhookOutboxPoolTest {

    @Autowired
    TestAccounts accounts;
    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    @BeforeEach
    void signIn() {
        accounts.signIn(TestAccounts.OWNER_EMAIL);
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void everyChangesEventReachesTheOutboxWithOneConnectionOfThePoolLeft() throws SQLException {
        long vacancy = data.vacancy();
        List<Long> made;
        try (Connection taken = dataSource.getConnection()) {
            made = IntStream.range(0, 3).mapToObj(i -> data.candidate(vacancy, "Пулова Анна " + i)).toList();
        }

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(made).allSatisfy(candidate ->
                assertThat(jdbc.sql("SELECT COUNT(*) FROM webhook_event WHERE event_type = ? AND body LIKE ?")
                        .params(WebhookEventType.CANDIDATE_CREATED.name(), "%\"candidateId\":" + candidate + ",%")
                        .query(Long.class).single()).isEqualTo(1)));
        // Each publication completed, none left for the worker's resubmission.
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(made).allSatisfy(candidate ->
                assertThat(jdbc.sql("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE serialized_event LIKE ?")
                        .param("%\"candidateId\":" + candidate + ",%").query(Long.class).single()).isZero()));
    }
}
