package ru.rop.portal.webhooks;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * The outbox. {@link #publish} runs in the publisher's transaction: Spring Modulith's registry stores the event
 * for {@link #enqueue} in {@code event_publication} there, so a rolled-back change leaves nothing. After the
 * commit {@link #enqueue} turns it into one delivery per subscribed endpoint and Modulith marks the publication
 * completed. A crash or an error in between leaves the publication incomplete; {@link WebhookWorker} resubmits
 * it, and {@link #enqueue} is idempotent by the event's id.
 *
 * <p>{@link #enqueue} runs on a task thread, so the publisher never waits for a connection while it holds one: run
 * in the publisher's after-commit callback, it and the registry needed a second connection before the first was
 * given back, and a burst of submissions holding the whole pool waited for each other until the pool's timeout
 * and failed (docs/performance.md, issue 18).
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class WebhookOutbox {

    private final ApplicationEventPublisher events;
    private final WebhookStore store;
    private final Clock clock;

    WebhookOutbox(ApplicationEventPublisher events, WebhookStore store, Clock clock) {
        this.events = events;
        this.store = store;
        this.clock = clock;
    }

    void publish(WebhookEventType type, Map<String, Object> data) {
        events.publishEvent(new WebhookEvent(UUID.randomUUID(), type, clock.instant(), data));
    }

    @ApplicationModuleListener
    void enqueue(WebhookEvent event) {
        store.enqueue(event, clock.instant());
    }
}
