package ru.rop.portal.webhooks;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.rop.portal.common.AppI18NProvider;
import ru.rop.portal.common.api.ApiProblemException;

@RestController
@RequestMapping("/api/v1/webhooks")
@Tag(name = "Вебхуки", description = "Подписки CRM на события найма")
class WebhookApiController {

    record NewWebhook(String url, List<String> events) {
    }

    record Webhook(long id, String url, List<String> events, String createdBy, Instant createdAt) {
    }

    /** The answer to a registration: the only time the secret is shown. */
    record CreatedWebhook(long id, String url, List<String> events, String secret, Instant createdAt) {
    }

    record Delivery(long id, String eventId, String event, DeliveryStatus status, int attempts,
                    Integer lastStatusCode, String lastError, Instant createdAt, Instant lastAttemptAt,
                    Instant nextAttemptAt) {
    }

    private final WebhookService webhooks;
    private final AppI18NProvider i18n;

    WebhookApiController(WebhookService webhooks, AppI18NProvider i18n) {
        this.webhooks = webhooks;
        this.i18n = i18n;
    }

    @PostMapping
    @Operation(summary = "Зарегистрировать адрес для событий; секрет подписи возвращается только в этом ответе")
    ResponseEntity<CreatedWebhook> create(@RequestBody NewWebhook body) {
        List<WebhookEventType> events = new ArrayList<>();
        for (String name : body.events() == null ? List.<String>of() : body.events()) {
            Optional<WebhookEventType> type = WebhookEventType.byWireName(name);
            if (type.isEmpty()) {
                throw ApiProblemException.badRequest(List.of(
                        new ApiProblemException.FieldError("events", "webhooks.events.unknown")));
            }
            events.add(type.get());
        }
        IssuedWebhook issued = webhooks.register(body.url(), events);
        WebhookEndpointSummary endpoint = issued.endpoint();
        return ResponseEntity.created(URI.create("/api/v1/webhooks/" + endpoint.id())).body(new CreatedWebhook(
                endpoint.id(), endpoint.url(), names(endpoint), issued.secret(), endpoint.createdAt()));
    }

    @GetMapping
    @Operation(summary = "Зарегистрированные адреса (без секретов)")
    List<Webhook> list() {
        return webhooks.endpoints().stream().map(e -> new Webhook(e.id(), e.url(), names(e), e.createdBy(),
                e.createdAt())).toList();
    }

    @GetMapping("/{id}/deliveries")
    @Operation(summary = "Журнал доставок адреса, новые сначала")
    List<Delivery> deliveries(@PathVariable long id) {
        return webhooks.deliveries(id).stream().map(d -> new Delivery(d.id(), d.eventId().toString(),
                d.type().wireName(), d.status(), d.attempts(), d.lastStatusCode(), d.lastError(), d.createdAt(),
                d.lastAttemptAt(), d.nextAttemptAt())).toList();
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Удалить адрес вместе с журналом доставок")
    ResponseEntity<Void> delete(@PathVariable long id) {
        webhooks.delete(id);
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(WebhookNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(WebhookNotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                i18n.russian(e.messageKey(), e.params()));
        problem.setTitle(i18n.russian("api.problem.title.404"));
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }

    private static List<String> names(WebhookEndpointSummary endpoint) {
        return endpoint.events().stream().map(WebhookEventType::wireName).toList();
    }
}
