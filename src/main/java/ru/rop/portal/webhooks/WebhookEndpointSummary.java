package ru.rop.portal.webhooks;

import java.time.Instant;
import java.util.Set;

/** An endpoint as shown and listed: never with its secret. */
public record WebhookEndpointSummary(long id, String url, Set<WebhookEventType> events, String createdBy,
                                     Instant createdAt) {
}
