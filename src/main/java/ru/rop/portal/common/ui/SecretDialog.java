package ru.rop.portal.common.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;

/** Shows a password or key that exists in clear only now; the text says so, and a button copies it. */
public class SecretDialog extends Dialog {

    public SecretDialog(String title, String explanation, String secret) {
        setHeaderTitle(title);
        setCloseOnOutsideClick(false);
        Paragraph text = new Paragraph(explanation);
        TextField value = new TextField();
        value.setValue(secret);
        value.setReadOnly(true);
        value.setWidthFull();
        value.addClassName("rop-secret");
        value.setId("issued-secret");
        Button copy = new Button(getTranslation("secret.copy"), VaadinIcon.COPY.create(), click -> {
            value.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", secret);
            Notifications.success(this, "secret.copied");
        });
        Button close = new Button(getTranslation("secret.done"), click -> close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(text, value);
        getFooter().add(copy, close);
        setWidth("min(36rem, 95vw)");
    }
}
