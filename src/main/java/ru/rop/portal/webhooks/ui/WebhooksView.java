package ru.rop.portal.webhooks.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import ru.rop.portal.common.UserFacingException;
import ru.rop.portal.common.ui.Formats;
import ru.rop.portal.common.ui.Notifications;
import ru.rop.portal.common.ui.SecretDialog;
import ru.rop.portal.security.Roles;
import ru.rop.portal.webhooks.IssuedWebhook;
import ru.rop.portal.webhooks.WebhookEndpointSummary;
import ru.rop.portal.webhooks.WebhookEventType;
import ru.rop.portal.webhooks.WebhookService;

/** Endpoints of the company's CRM: added here (the secret shown once), their events, their delivery logs. */
@Route("settings/webhooks")
@Menu(title = "nav.webhooks", order = 86, icon = "vaadin:connect")
@RolesAllowed(Roles.OWNER)
public class WebhooksView extends VerticalLayout implements HasDynamicTitle {

    private final WebhookService webhooks;
    private final Grid<WebhookEndpointSummary> grid = new Grid<>();
    private final DeliveryLog log;

    public WebhooksView(WebhookService webhooks) {
        this.webhooks = webhooks;
        this.log = new DeliveryLog(webhooks);
        addClassName("rop-page");
        setSizeFull();

        Paragraph hint = new Paragraph(getTranslation("webhooks.hint"));
        hint.addClassName("rop-muted");

        grid.addColumn(WebhookEndpointSummary::url).setHeader(getTranslation("webhooks.column.url")).setFlexGrow(3);
        grid.addColumn(endpoint -> endpoint.events().stream().map(this::eventName).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("webhooks.column.events")).setFlexGrow(3);
        grid.addColumn(WebhookEndpointSummary::createdBy).setHeader(getTranslation("webhooks.column.created-by"))
                .setAutoWidth(true);
        grid.addColumn(endpoint -> Formats.dateTime(endpoint.createdAt(), getLocale()))
                .setHeader(getTranslation("webhooks.column.created-at")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setId("webhooks-grid");
        grid.asSingleSelect().addValueChangeListener(event -> log.show(event.getValue()));

        add(new H2(getTranslation("webhooks.title")), hint, createForm(), grid, log);
        refresh();
    }

    private VerticalLayout createForm() {
        TextField url = new TextField(getTranslation("webhooks.url"));
        url.setPlaceholder("https://crm.example.ru/hooks/rop");
        url.setMaxLength(2000);
        url.setWidth("32rem");
        url.setId("webhook-url");
        CheckboxGroup<WebhookEventType> events = new CheckboxGroup<>(getTranslation("webhooks.events"));
        events.setItems(WebhookEventType.values());
        events.setItemLabelGenerator(this::eventName);
        events.setId("webhook-events");
        Button create = new Button(getTranslation("webhooks.create"), VaadinIcon.PLUS.create(), click -> {
            try {
                IssuedWebhook issued = webhooks.register(url.getValue(), events.getValue());
                url.clear();
                events.clear();
                refresh();
                new SecretDialog(getTranslation("webhooks.created.title"),
                        getTranslation("webhooks.created.text", issued.endpoint().url()), issued.secret()).open();
            } catch (UserFacingException e) {
                Notifications.refused(this, e);
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("create-webhook");
        VerticalLayout form = new VerticalLayout(url, events, create);
        form.setPadding(false);
        return form;
    }

    private HorizontalLayout actions(WebhookEndpointSummary endpoint) {
        Button open = new Button(getTranslation("webhooks.log"), click -> grid.select(endpoint));
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Button delete = new Button(getTranslation("webhooks.delete"), click -> {
            ConfirmDialog dialog = new ConfirmDialog();
            dialog.setHeader(getTranslation("webhooks.delete.title"));
            dialog.setText(getTranslation("webhooks.delete.text", endpoint.url()));
            dialog.setCancelable(true);
            dialog.setCancelText(getTranslation("common.cancel"));
            dialog.setConfirmText(getTranslation("webhooks.delete"));
            dialog.setConfirmButtonTheme("error primary");
            dialog.addConfirmListener(event -> {
                webhooks.delete(endpoint.id());
                refresh();
                Notifications.success(this, "webhooks.deleted");
            });
            dialog.open();
        });
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return new HorizontalLayout(open, delete);
    }

    private String eventName(WebhookEventType type) {
        return getTranslation("webhooks.event." + type.name());
    }

    private void refresh() {
        grid.setItems(webhooks.endpoints());
        log.show(null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("webhooks.title");
    }
}
