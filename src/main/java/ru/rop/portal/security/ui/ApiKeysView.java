package ru.rop.portal.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
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
import ru.rop.portal.common.UserFacingException;
import ru.rop.portal.common.ui.Formats;
import ru.rop.portal.common.ui.Notifications;
import ru.rop.portal.common.ui.SecretDialog;
import ru.rop.portal.security.ApiKeyService;
import ru.rop.portal.security.ApiKeySummary;
import ru.rop.portal.security.IssuedApiKey;
import ru.rop.portal.security.Roles;

/** Keys for integrations (CRM, job boards, scripts): created here, shown once, revoked with one click. */
@Route("settings/api-keys")
@Menu(title = "nav.api-keys", order = 85, icon = "vaadin:key")
@RolesAllowed(Roles.OWNER)
public class ApiKeysView extends VerticalLayout implements HasDynamicTitle {

    private final ApiKeyService apiKeys;
    private final Grid<ApiKeySummary> grid = new Grid<>();

    public ApiKeysView(ApiKeyService apiKeys) {
        this.apiKeys = apiKeys;
        addClassName("rop-page");
        setSizeFull();

        H2 title = new H2(getTranslation("apikeys.title"));
        Anchor docs = new Anchor("api/docs", getTranslation("apikeys.docs"));
        docs.setRouterIgnore(true);
        docs.setTarget("_blank");
        Paragraph hint = new Paragraph(getTranslation("apikeys.hint"));
        hint.addClassName("rop-muted");

        TextField name = new TextField();
        name.setPlaceholder(getTranslation("apikeys.name.placeholder"));
        name.setAriaLabel(getTranslation("apikeys.name.placeholder"));
        name.setMaxLength(80);
        name.setWidth("22rem");
        name.setId("api-key-name");
        Button create = new Button(getTranslation("apikeys.create"), VaadinIcon.PLUS.create(), click -> {
            try {
                IssuedApiKey issued = apiKeys.create(name.getValue());
                name.clear();
                refresh();
                new SecretDialog(getTranslation("apikeys.created.title"),
                        getTranslation("apikeys.created.text", issued.key().name()), issued.secret()).open();
            } catch (UserFacingException e) {
                Notifications.refused(this, e);
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("create-api-key");
        HorizontalLayout createRow = new HorizontalLayout(name, create);
        createRow.setAlignItems(Alignment.BASELINE);

        grid.addColumn(ApiKeySummary::name).setHeader(getTranslation("apikeys.column.name")).setFlexGrow(2);
        grid.addColumn(ApiKeySummary::prefix).setHeader(getTranslation("apikeys.column.prefix"));
        grid.addColumn(ApiKeySummary::createdBy).setHeader(getTranslation("apikeys.column.created-by"));
        grid.addColumn(key -> Formats.dateTime(key.createdAt(), getLocale()))
                .setHeader(getTranslation("apikeys.column.created-at"));
        grid.addColumn(key -> Formats.dateTime(key.lastUsedAt(), getLocale()))
                .setHeader(getTranslation("apikeys.column.last-used"));
        grid.addComponentColumn(this::state).setHeader(getTranslation("apikeys.column.state")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.setId("api-keys-grid");
        add(title, hint, docs, createRow, grid);
        refresh();
    }

    private Component state(ApiKeySummary key) {
        if (key.revoked()) {
            Badge badge = new Badge(getTranslation("apikeys.revoked", Formats.dateTime(key.revokedAt(), getLocale())));
            badge.addThemeVariants(BadgeVariant.CONTRAST);
            return badge;
        }
        Button revoke = new Button(getTranslation("apikeys.revoke"), click -> {
            ConfirmDialog dialog = new ConfirmDialog();
            dialog.setHeader(getTranslation("apikeys.revoke.title"));
            dialog.setText(getTranslation("apikeys.revoke.text", key.name()));
            dialog.setCancelable(true);
            dialog.setCancelText(getTranslation("common.cancel"));
            dialog.setConfirmText(getTranslation("apikeys.revoke"));
            dialog.setConfirmButtonTheme("error primary");
            dialog.addConfirmListener(event -> {
                apiKeys.revoke(key.id());
                refresh();
                Notifications.success(this, "apikeys.revoked.done", key.name());
            });
            dialog.open();
        });
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return revoke;
    }

    private void refresh() {
        grid.setItems(apiKeys.list());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("apikeys.title");
    }
}
