package ru.rop.portal.vacancy.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

/** Until the operator's name and address are filled in, the privacy policy cannot say who handles the data. */
final class OperatorPrompt {

    private OperatorPrompt() {
    }

    /** @param withLink on the start page it leads to the form; on the form it stands above it */
    static Div create(boolean withLink) {
        Div prompt = new Div();
        prompt.addClassNames("rop-panel", "rop-panel-warning");
        prompt.setId("operator-prompt");
        prompt.add(new H3(prompt.getTranslation("operator.prompt.title")),
                new Paragraph(prompt.getTranslation("operator.prompt.text")));
        if (withLink) {
            prompt.add(new Anchor("settings/company", prompt.getTranslation("operator.prompt.action")));
        }
        return prompt;
    }
}
