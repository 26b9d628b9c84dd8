package ru.rop.portal.webhooks.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.rop.portal.ViewTest;
import ru.rop.portal.common.ui.SecretDialog;
import ru.rop.portal.security.TestAccounts;
import ru.rop.portal.webhooks.WebhookDelivery;
import ru.rop.portal.webhooks.WebhookEndpointSummary;
import ru.rop.portal.webhooks.WebhookEventType;

class WebhooksViewTest extends ViewTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    @SuppressWarnings("unchecked")
    void ownerAddsAnEndpointSeesTheSecretOnceOpensItsLogAndDeletesIt() {
        accounts.signIn(TestAccounts.OWNER_EMAIL);
        navigate(WebhooksView.class);
        test(find(TextField.class).id("webhook-url")).setValue("https://93.184.215.14/view-test");
        CheckboxGroup<WebhookEventType> events = find(CheckboxGroup.class).id("webhook-events");
        events.setValue(Set.of(WebhookEventType.STAGE_CHANGED, WebhookEventType.DECISION_RECORDED));
        test(find(Button.class).id("create-webhook")).click();

        String secret = find(TextField.class, find(SecretDialog.class).single()).id("issued-secret").getValue();
        assertThat(secret).startsWith("whsec_").hasSizeGreaterThan(40);
        Grid<WebhookEndpointSummary> grid = find(Grid.class).id("webhooks-grid");
        int row = rowOf(grid, "https://93.184.215.14/view-test");
        WebhookEndpointSummary endpoint = test(grid).getRow(row);
        assertThat(endpoint.events()).containsExactlyInAnyOrder(WebhookEventType.STAGE_CHANGED,
                WebhookEventType.DECISION_RECORDED);
        assertThat(test(grid).getCellText(row, 1)).isEqualTo("Этап изменён, Решение принято");

        grid.select(endpoint);
        Grid<WebhookDelivery> log = find(Grid.class).id("webhook-deliveries");
        assertThat(log.isVisible()).isTrue();
        assertThat(test(log).size()).isZero();

        test(grid).getCellComponent(row, 4).getChildren().map(Button.class::cast)
                .filter(b -> b.getText().equals("Удалить")).findFirst().ifPresent(b -> test(b).click());
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(grid.getListDataView().getItems()).noneMatch(e -> e.id() == endpoint.id());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE subject_type = 'WEBHOOK' AND subject_id = ?")
                .param(endpoint.id()).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aPrivateAddressIsRefusedWithAMessage() {
        accounts.signIn(TestAccounts.OWNER_EMAIL);
        navigate(WebhooksView.class);
        test(find(TextField.class).id("webhook-url")).setValue("http://10.0.0.7/crm");
        @SuppressWarnings("unchecked")
        CheckboxGroup<WebhookEventType> events = find(CheckboxGroup.class).id("webhook-events");
        events.setValue(Set.of(WebhookEventType.CANDIDATE_CREATED));
        test(find(Button.class).id("create-webhook")).click();
        assertThat(test(find(Notification.class).single()).getText()).startsWith("Адрес ведёт во внутреннюю сеть");
        assertThat(find(SecretDialog.class).all()).isEmpty();
    }

    private int rowOf(Grid<WebhookEndpointSummary> grid, String url) {
        for (int i = 0; i < test(grid).size(); i++) {
            if (test(grid).getRow(i).url().equals(url)) {
                return i;
            }
        }
        throw new AssertionError("no row for " + url);
    }
}
