package ru.rop.portal.webhooks;

/** A new endpoint with its signing secret, which is shown this once. */
public record IssuedWebhook(WebhookEndpointSummary endpoint, String secret) {
}
