package ru.rop.portal.webhooks.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import ru.rop.portal.common.UserFacingException;
import ru.rop.portal.common.ui.Formats;
import ru.rop.portal.common.ui.Notifications;
import ru.rop.portal.webhooks.DeliveryStatus;
import ru.rop.portal.webhooks.WebhookDelivery;
import ru.rop.portal.webhooks.WebhookEndpointSummary;
import ru.rop.portal.webhooks.WebhookService;

/** The deliveries of one endpoint, newest first, with «send again» for what is not being sent right now. */
class DeliveryLog extends VerticalLayout {

    private final WebhookService webhooks;
    private final H3 title = new H3();
    private final Grid<WebhookDelivery> grid = new Grid<>();
    private WebhookEndpointSummary endpoint;

    DeliveryLog(WebhookService webhooks) {
        this.webhooks = webhooks;
        setPadding(false);
        Button reload = new Button(getTranslation("webhooks.log.reload"), VaadinIcon.REFRESH.create(),
                click -> reload());
        reload.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout header = new HorizontalLayout(title, reload);
        header.setAlignItems(Alignment.BASELINE);
        grid.addColumn(d -> Formats.dateTime(d.createdAt(), getLocale()))
                .setHeader(getTranslation("webhooks.log.created")).setAutoWidth(true);
        grid.addColumn(d -> getTranslation("webhooks.event." + d.type().name()))
                .setHeader(getTranslation("webhooks.log.event")).setAutoWidth(true);
        grid.addComponentColumn(this::status).setHeader(getTranslation("webhooks.log.status")).setWidth("10rem")
                .setFlexGrow(0);
        grid.addColumn(WebhookDelivery::attempts).setHeader(getTranslation("webhooks.log.attempts")).setAutoWidth(true);
        grid.addColumn(d -> d.lastStatusCode() == null ? "—" : d.lastStatusCode().toString())
                .setHeader(getTranslation("webhooks.log.code")).setAutoWidth(true);
        grid.addColumn(d -> d.status() == DeliveryStatus.PENDING
                        ? Formats.dateTime(d.nextAttemptAt(), getLocale()) : "")
                .setHeader(getTranslation("webhooks.log.next-attempt")).setAutoWidth(true);
        grid.addColumn(d -> d.lastError() == null ? "" : d.lastError())
                .setHeader(getTranslation("webhooks.log.error")).setFlexGrow(1);
        grid.addComponentColumn(this::resend).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("webhooks.log.empty"));
        grid.setId("webhook-deliveries");
        add(header, grid);
        show(null);
    }

    void show(WebhookEndpointSummary shown) {
        this.endpoint = shown;
        setVisible(shown != null);
        if (shown != null) {
            title.setText(getTranslation("webhooks.log.title", shown.url()));
            reload();
        }
    }

    private void reload() {
        if (endpoint != null) {
            grid.setItems(webhooks.deliveries(endpoint.id()));
        }
    }

    private Component status(WebhookDelivery delivery) {
        Badge badge = new Badge(getTranslation("webhooks.status." + delivery.status().name()));
        switch (delivery.status()) {
            case DELIVERED -> badge.addThemeVariants(BadgeVariant.SUCCESS);
            case FAILED -> badge.addThemeVariants(BadgeVariant.ERROR);
            default -> badge.addThemeVariants(BadgeVariant.CONTRAST);
        }
        return badge;
    }

    private Component resend(WebhookDelivery delivery) {
        if (delivery.status() == DeliveryStatus.SENDING) {
            return new Span();
        }
        Button resend = new Button(getTranslation("webhooks.resend"), click -> {
            try {
                webhooks.resend(delivery.id());
                Notifications.success(this, "webhooks.resent");
            } catch (UserFacingException e) {
                Notifications.refused(this, e);
            }
            reload();
        });
        resend.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return resend;
    }
}
