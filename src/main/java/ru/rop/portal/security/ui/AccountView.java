package ru.rop.portal.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import ru.rop.portal.common.PortalUser;
import ru.rop.portal.common.UserFacingException;
import ru.rop.portal.common.ui.Notifications;
import ru.rop.portal.security.UserService;

/** The signed-in person's own account: who they are and a new password (an owner's generated one should not stay). */
@Route("account")
@Menu(title = "nav.account", order = 90, icon = "vaadin:user-card")
@PermitAll
public class AccountView extends VerticalLayout implements HasDynamicTitle {

    public AccountView(UserService users, AuthenticationContext authentication) {
        addClassName("rop-page");
        H2 title = new H2(getTranslation("account.title"));
        Paragraph who = new Paragraph(authentication.getAuthenticatedUser(PortalUser.class)
                .map(user -> getTranslation("account.who", user.displayName(), user.email(),
                        getTranslation(user.roleKey())))
                .orElse(""));

        PasswordField current = new PasswordField(getTranslation("account.current"));
        current.setMaxLength(128);
        current.setId("current-password");
        PasswordField fresh = new PasswordField(getTranslation("account.new"));
        fresh.setMaxLength(128);
        fresh.setHelperText(getTranslation("account.new.helper", UserService.MIN_PASSWORD_LENGTH));
        fresh.setId("new-password");
        PasswordField repeat = new PasswordField(getTranslation("account.repeat"));
        repeat.setMaxLength(128);
        repeat.setId("repeat-password");
        Div error = new Div();
        error.addClassName("rop-form-error");
        error.setId("password-error");
        Button change = new Button(getTranslation("account.change"), click -> {
            error.setText("");
            if (!fresh.getValue().equals(repeat.getValue())) {
                error.setText(getTranslation("password.mismatch"));
                return;
            }
            try {
                users.changeOwnPassword(current.getValue(), fresh.getValue());
                current.clear();
                fresh.clear();
                repeat.clear();
                Notifications.success(this, "account.changed");
            } catch (UserFacingException e) {
                error.setText(getTranslation(e.messageKey(), e.params()));
            }
        });
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        change.setId("change-password");
        FormLayout form = new FormLayout(current, fresh, repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("26rem");
        add(title, who, new H3(getTranslation("account.password")), form, error, change);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title");
    }
}
