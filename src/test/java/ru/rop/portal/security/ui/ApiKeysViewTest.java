package ru.rop.portal.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import ru.rop.portal.ViewTest;
import ru.rop.portal.common.ui.SecretDialog;
import ru.rop.portal.security.ApiKeySummary;
import ru.rop.portal.security.TestAccounts;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ApiKeysViewTest extends ViewTest {

    @Autowired
    MockMvc mvc;

    @Test
    void ownerCreatesAKeyThatWorksAndRevokesIt() throws Exception {
        accounts.signIn(TestAccounts.OWNER_EMAIL);
        navigate(ApiKeysView.class);
        test(find(TextField.class).id("api-key-name")).setValue("Сайт вакансий");
        test(find(Button.class).id("create-api-key")).click();

        String secret = find(TextField.class, find(SecretDialog.class).single()).id("issued-secret").getValue();
        assertThat(secret).startsWith("rop_");
        @SuppressWarnings("unchecked")
        Grid<ApiKeySummary> grid = find(Grid.class).id("api-keys-grid");
        ApiKeySummary created = test(grid).getRow(0);
        assertThat(created.name()).isEqualTo("Сайт вакансий");
        assertThat(created.prefix()).isEqualTo(secret.substring(0, 12) + "…");

        mvc.perform(get("/api/v1/model").header("Authorization", "Bearer " + secret)).andExpect(status().isOk());
        accounts.signIn(TestAccounts.OWNER_EMAIL);

        Button revoke = (Button) test(grid).getCellComponent(0, 5); // the newest key's revoke button
        test(revoke).click();
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(test(grid).getRow(0).revoked()).isTrue();

        accounts.signOut();
        mvc.perform(get("/api/v1/model").header("Authorization", "Bearer " + secret))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void anEmptyNameIsRefusedWithAMessage() {
        accounts.signIn(TestAccounts.OWNER_EMAIL);
        navigate(ApiKeysView.class);
        test(find(Button.class).id("create-api-key")).click();
        assertThat(test(find(Notification.class).single()).getText()).isEqualTo("Укажите, для чего нужен ключ.");
        assertThat(find(SecretDialog.class).all()).isEmpty();
    }
}
