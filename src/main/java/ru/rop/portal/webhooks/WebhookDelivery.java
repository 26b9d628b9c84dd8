package ru.rop.portal.webhooks;

import java.time.Instant;
import java.util.UUID;

/** One line of an endpoint's delivery log. */
public record WebhookDelivery(long id, UUID eventId, WebhookEventType type, DeliveryStatus status, int attempts,
                              Integer lastStatusCode, String lastError, Instant createdAt, Instant lastAttemptAt,
                              Instant nextAttemptAt) {
}
