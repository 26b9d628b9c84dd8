package ru.rop.portal.webhooks;

import jakarta.annotation.security.RolesAllowed;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.rop.portal.common.AuditEvent;
import ru.rop.portal.common.CurrentActor;
import ru.rop.portal.common.UserFacingException;
import ru.rop.portal.security.Roles;

/** Owners and integrations (API keys) register, list and delete endpoints, read the log and send again. */
@Service
@RolesAllowed({Roles.OWNER, Roles.API})
public class WebhookService {

    static final int MAX_ENDPOINTS = 20;
    static final int LOG_LINES = 200;
    private static final String SECRET_PREFIX = "whsec_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final WebhookStore store;
    private final WebhookUrlRule urls;
    private final CurrentActor actor;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WebhookService(WebhookStore store, WebhookUrlRule urls, CurrentActor actor, ApplicationEventPublisher events,
                   Clock clock) {
        this.store = store;
        this.urls = urls;
        this.actor = actor;
        this.events = events;
        this.clock = clock;
    }

    /** A new endpoint and its signing secret, which is returned this once and never shown again. */
    @Transactional
    public IssuedWebhook register(String url, Collection<WebhookEventType> wanted) {
        String checked = urls.check(url).toString();
        if (wanted == null || wanted.isEmpty()) {
            throw UserFacingException.forField("events", "webhooks.events.required");
        }
        if (store.endpoints().size() >= MAX_ENDPOINTS) {
            throw new UserFacingException("webhooks.too-many", MAX_ENDPOINTS);
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Set<WebhookEventType> types = EnumSet.copyOf(wanted);
        long id = store.createEndpoint(checked, secret, types, actor.name(), clock.instant());
        events.publishEvent(AuditEvent.webhook(AuditEvent.Action.CREATE, id, "webhook created"));
        return new IssuedWebhook(endpoint(id), secret);
    }

    @Transactional(readOnly = true)
    public List<WebhookEndpointSummary> endpoints() {
        return store.endpoints().stream().map(WebhookStore.Endpoint::summary).toList();
    }

    /** The endpoint's deliveries, newest first (the last {@value #LOG_LINES}). */
    @Transactional(readOnly = true)
    public List<WebhookDelivery> deliveries(long endpointId) {
        endpoint(endpointId);
        return store.deliveries(endpointId, LOG_LINES);
    }

    /** Deletes the endpoint with its delivery log; nothing more is sent to it. */
    @Transactional
    public void delete(long endpointId) {
        endpoint(endpointId);
        store.deleteEndpoint(endpointId);
        events.publishEvent(AuditEvent.webhook(AuditEvent.Action.DELETE, endpointId, "webhook deleted"));
    }

    /** Sends a delivered or failed event again, with the same event id (the receiver may already have it). */
    @Transactional
    public void resend(long deliveryId) {
        long endpointId = store.resendable(deliveryId)
                .orElseThrow(() -> new UserFacingException("webhooks.delivery.not-resendable"));
        store.resend(deliveryId, clock.instant());
        events.publishEvent(AuditEvent.webhook(AuditEvent.Action.CHANGE, endpointId,
                "webhook resend " + deliveryId));
    }

    private WebhookEndpointSummary endpoint(long id) {
        return store.endpoint(id).map(WebhookStore.Endpoint::summary)
                .orElseThrow(() -> new WebhookNotFoundException(id));
    }
}
