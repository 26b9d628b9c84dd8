package ru.rop.portal.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import ru.rop.portal.common.UserFacingException;
import ru.rop.portal.common.ui.Formats;
import ru.rop.portal.common.ui.Notifications;
import ru.rop.portal.common.ui.SecretDialog;
import ru.rop.portal.security.IssuedPassword;
import ru.rop.portal.security.NewUserForm;
import ru.rop.portal.security.Role;
import ru.rop.portal.security.Roles;
import ru.rop.portal.security.UserService;
import ru.rop.portal.security.UserStatus;
import ru.rop.portal.security.UserSummary;

/** The owner's list of colleagues who may sign in: add, disable, unlock, reset a password. */
@Route("settings/users")
@Menu(title = "nav.users", order = 80, icon = "vaadin:users")
@RolesAllowed(Roles.OWNER)
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final UserService users;
    private final Grid<UserSummary> grid = new Grid<>();

    public UsersView(UserService users) {
        this.users = users;
        addClassName("rop-page");
        setSizeFull();

        Button add = new Button(getTranslation("users.add"), VaadinIcon.PLUS.create(), click -> openAddDialog());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-user");
        H2 title = new H2(getTranslation("users.title"));
        HorizontalLayout header = new HorizontalLayout(title, add);
        header.setWidthFull();
        header.setJustifyContentMode(JustifyContentMode.BETWEEN);
        header.setAlignItems(Alignment.CENTER);
        Paragraph hint = new Paragraph(getTranslation("users.hint"));
        hint.addClassName("rop-muted");

        grid.addColumn(UserSummary::displayName).setHeader(getTranslation("users.column.name"))
                .setSortable(true).setFlexGrow(2);
        grid.addColumn(UserSummary::email).setHeader(getTranslation("users.column.email"))
                .setSortable(true).setFlexGrow(2);
        grid.addColumn(user -> getTranslation(user.role().labelKey())).setHeader(getTranslation("users.column.role"))
                .setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::statusBadge).setHeader(getTranslation("users.column.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(user -> Formats.dateTime(user.lastSignInAt(), getLocale()))
                .setHeader(getTranslation("users.column.last-sign-in")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("users.column.actions")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setId("users-grid");
        add(header, hint, grid);
        refresh();
    }

    private Component statusBadge(UserSummary user) {
        if (user.status() == UserStatus.DISABLED) {
            Badge badge = new Badge(getTranslation("users.status.disabled"));
            badge.addThemeVariants(BadgeVariant.CONTRAST);
            return badge;
        }
        if (user.locked()) {
            Badge badge = new Badge(getTranslation("users.status.locked",
                    Formats.dateTime(user.lockedUntil(), getLocale())));
            badge.addThemeVariants(BadgeVariant.ERROR);
            return badge;
        }
        Badge badge = new Badge(getTranslation("users.status.active"));
        badge.addThemeVariants(BadgeVariant.SUCCESS);
        return badge;
    }

    private Component actions(UserSummary user) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        actions.addClassName("rop-row-actions");
        actions.add(action("users.action.reset", () -> confirm("users.confirm.reset", user, () -> {
            IssuedPassword issued = users.resetPassword(user.id());
            showPassword(issued);
        })));
        if (user.locked()) {
            actions.add(action("users.action.unlock", () -> run(() -> users.unlock(user.id()), "users.unlocked")));
        }
        if (user.status() == UserStatus.ACTIVE) {
            actions.add(action("users.action.disable", () -> confirm("users.confirm.disable", user,
                    () -> run(() -> users.disable(user.id()), "users.disabled"))));
        } else {
            actions.add(action("users.action.enable", () -> run(() -> users.enable(user.id()), "users.enabled")));
        }
        return actions;
    }

    private Button action(String key, Runnable onClick) {
        Button button = new Button(getTranslation(key), click -> onClick.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return button;
    }

    private void confirm(String key, UserSummary user, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation(key + ".title"));
        dialog.setText(getTranslation(key + ".text", user.displayName(), user.email()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.setConfirmText(getTranslation(key + ".confirm"));
        dialog.addConfirmListener(event -> {
            try {
                action.run();
            } catch (UserFacingException e) {
                Notifications.refused(this, e);
            }
            refresh();
        });
        dialog.open();
    }

    private void run(Runnable action, String successKey) {
        try {
            action.run();
            Notifications.success(this, successKey);
        } catch (UserFacingException e) {
            Notifications.refused(this, e);
        }
        refresh();
    }

    private void openAddDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("users.add.title"));
        TextField name = new TextField(getTranslation("users.field.name"));
        name.setMaxLength(120);
        name.setRequiredIndicatorVisible(true);
        name.setId("new-user-name");
        EmailField email = new EmailField(getTranslation("users.field.email"));
        email.setMaxLength(254);
        email.setRequiredIndicatorVisible(true);
        email.setId("new-user-email");
        Select<Role> role = new Select<>();
        role.setLabel(getTranslation("users.field.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        role.setValue(Role.HR);
        role.setId("new-user-role");
        PasswordField password = new PasswordField(getTranslation("users.field.password"));
        password.setMaxLength(128);
        password.setHelperText(getTranslation("users.field.password.helper"));
        password.setId("new-user-password");
        FormLayout form = new FormLayout(name, email, role, password);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Div error = new Div();
        error.addClassName("rop-form-error");
        error.setId("new-user-error");
        dialog.add(form, error);

        Button save = new Button(getTranslation("users.add.save"), click -> {
            try {
                IssuedPassword issued = users.createUser(
                        new NewUserForm(email.getValue(), name.getValue(), role.getValue(), password.getValue()));
                dialog.close();
                refresh();
                Notifications.success(this, "users.created", email.getValue());
                if (issued != null) {
                    showPassword(issued);
                }
            } catch (UserFacingException e) {
                error.setText(getTranslation(e.messageKey(), e.params()));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-new-user");
        Button cancel = new Button(getTranslation("common.cancel"), click -> dialog.close());
        dialog.getFooter().add(cancel, save);
        dialog.setWidth("min(30rem, 95vw)");
        dialog.open();
        name.focus();
    }

    private void showPassword(IssuedPassword issued) {
        new SecretDialog(getTranslation("users.password.title"),
                getTranslation("users.password.text", issued.email()), issued.password()).open();
    }

    private void refresh() {
        grid.setItems(users.listUsers());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title");
    }
}
