package ru.rop.portal.webhooks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import ru.rop.portal.common.UserFacingException;

/**
 * Sends due deliveries: resubmits outbox entries whose listener did not finish (a crash after the commit), claims
 * each due delivery with a conditional UPDATE (safe with several instances), checks the address again (DNS
 * rebinding), POSTs the signed body and records the answer. A failure is retried after a doubling wait with jitter
 * until the delivery's day is over, then it is failed. Delivery is at least once: a crash after the receiver
 * answered but before the answer is recorded sends the same event id again when the lease ends.
 */
@Component
class WebhookWorker {

    private static final Logger log = LoggerFactory.getLogger(WebhookWorker.class);
    private static final String USER_AGENT = "rop-portal-webhooks/1";

    private final WebhookStore store;
    private final WebhookUrlRule urls;
    private final WebhookProperties properties;
    private final IncompleteEventPublications incomplete;
    private final Clock clock;
    private final HttpClient http;

    WebhookWorker(WebhookStore store, WebhookUrlRule urls, WebhookProperties properties,
                  IncompleteEventPublications incomplete, Clock clock) {
        this.store = store;
        this.urls = urls;
        this.properties = properties;
        this.incomplete = incomplete;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Scheduled(fixedDelayString = "${rop.webhooks.poll-interval:5s}")
    void poll() {
        incomplete.resubmitIncompletePublicationsOlderThan(properties.resubmitAfter());
        for (Long id : store.due(clock.instant(), properties.batchSize())) {
            store.claim(id, clock.instant()).ifPresent(this::send);
        }
    }

    private void send(WebhookStore.Claim claim) {
        Instant started = clock.instant();
        try {
            URI target = urls.check(claim.url());
            long timestamp = started.getEpochSecond();
            HttpRequest request = HttpRequest.newBuilder(target).timeout(properties.requestTimeout())
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("User-Agent", USER_AGENT)
                    .header("X-Rop-Event-Id", claim.eventId().toString())
                    .header("X-Rop-Timestamp", Long.toString(timestamp))
                    .header("X-Rop-Signature", WebhookSigner.signature(claim.secret(), timestamp, claim.body()))
                    .POST(HttpRequest.BodyPublishers.ofString(claim.body(), StandardCharsets.UTF_8)).build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                store.delivered(claim, status, clock.instant());
            } else {
                retryOrFail(claim, status, "HTTP " + status);
            }
        } catch (UserFacingException e) {
            retryOrFail(claim, null, e.messageKey());
        } catch (IOException e) {
            retryOrFail(claim, null, e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.warn("Webhook delivery {} failed unexpectedly", claim.deliveryId(), e);
            retryOrFail(claim, null, e.getClass().getSimpleName());
        }
    }

    private void retryOrFail(WebhookStore.Claim claim, Integer status, String error) {
        Instant now = clock.instant();
        Instant next = now.plus(backoff(claim.attempts()));
        store.failed(claim, status, error, next.isAfter(claim.giveUpAt()) ? null : next, now);
    }

    /** The wait after the given number of failed attempts: doubling from the first retry, at most the maximum,
     *  then between half and all of it at random so that many failed deliveries do not come back at once. */
    Duration backoff(int attempts) {
        long first = properties.firstRetry().toMillis();
        long max = properties.maxRetry().toMillis();
        long full = attempts >= 40 ? max : Math.min(max, first << Math.clamp(attempts - 1L, 0, 30));
        return Duration.ofMillis(full / 2 + ThreadLocalRandom.current().nextLong(full / 2 + 1));
    }
}
