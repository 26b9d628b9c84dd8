package ru.rop.portal.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.rop.portal.ViewTest;
import ru.rop.portal.common.ui.SecretDialog;
import ru.rop.portal.security.Role;
import ru.rop.portal.security.TestAccounts;
import ru.rop.portal.security.UserService;
import ru.rop.portal.security.UserSummary;

class UsersViewTest extends ViewTest {

    @Autowired
    UserService users;

    @Test
    void ownerAddsAnHrColleagueAndSeesTheGeneratedPasswordOnce() {
        accounts.signIn(TestAccounts.OWNER_EMAIL);
        UsersView view = navigate(UsersView.class);
        @SuppressWarnings("unchecked")
        Grid<UserSummary> grid = find(Grid.class).id("users-grid");
        int before = test(grid).size();

        test(find(Button.class).id("add-user")).click();
        test(find(TextField.class).id("new-user-name")).setValue("Мария Иванова");
        String email = "maria.ivanova." + System.nanoTime() + "@test.local";
        test(find(EmailField.class).id("new-user-email")).setValue(email);
        test(find(Button.class).id("save-new-user")).click();

        assertThat(test(grid).size()).isEqualTo(before + 1);
        SecretDialog dialog = find(SecretDialog.class).single();
        String password = find(TextField.class, dialog).id("issued-secret").getValue();
        assertThat(password).matches("[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}");
        assertThat(accounts.asOwner(users::listUsers)).extracting(UserSummary::email)
                .contains(email);
        assertThat(view).isNotNull();
    }

    @Test
    void aMalformedEmailIsExplainedInRussianAndNothingIsCreated() {
        accounts.signIn(TestAccounts.OWNER_EMAIL);
        navigate(UsersView.class);
        int before = accounts.asOwner(users::listUsers).size();

        test(find(Button.class).id("add-user")).click();
        test(find(TextField.class).id("new-user-name")).setValue("Пётр");
        test(find(EmailField.class).id("new-user-email")).setValue("petr-at-company");
        test(find(Button.class).id("save-new-user")).click();

        assertThat(find(Div.class).id("new-user-error").getText()).contains("Адрес электронной почты указан неверно");
        assertThat(accounts.asOwner(users::listUsers)).hasSize(before);
    }

    @Test
    void hrCannotOpenUserManagement() {
        var hr = accounts.create(Role.HR);
        accounts.signIn(hr.email());
        navigate("settings/users", com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(UsersView.class);
        assertThat(find(Grid.class).all()).isEmpty();
    }
}
