package ru.rop.portal.webhooks;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One event for the CRM, as stored in the event publication registry: its id is made once, when the change
 * happens, so every retry and every resubmission after a crash carries the same {@code X-Rop-Event-Id}.
 *
 * @param data ids and states only (docs/privacy.md)
 */
public record WebhookEvent(UUID id, WebhookEventType type, Instant occurredAt, Map<String, Object> data) {
}
