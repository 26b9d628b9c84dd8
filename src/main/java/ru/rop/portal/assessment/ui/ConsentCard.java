package ru.rop.portal.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.function.Consumer;
import ru.rop.portal.assessment.AssessmentPlan;
import ru.rop.portal.privacy.ui.PrivacyView;

/** The consent to the processing of personal data, in the words and version the candidate agrees to. */
class ConsentCard extends AssessmentCard {

    /** @param agreed given the version of the text the candidate read and ticked */
    ConsentCard(AssessmentPlan.Consent consent, Consumer<String> agreed) {
        Div text = new Div();
        text.addClassName("rop-consent-text");
        for (String paragraph : consent.text().split("\\n\\s*\\n")) {
            text.add(new Paragraph(paragraph.strip()));
        }
        Span version = new Span(getTranslation("assessment.consent.version", consent.version()));
        version.addClassName("rop-muted");
        Checkbox agree = new Checkbox(getTranslation("assessment.consent.agree"));
        agree.setId("consent-agree");
        Button next = new Button(getTranslation("assessment.consent.continue"));
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        next.setEnabled(false);
        next.setId("consent-continue");
        agree.addValueChangeListener(e -> next.setEnabled(e.getValue()));
        next.addClickListener(e -> agreed.accept(consent.version()));
        Paragraph without = new Paragraph(getTranslation("assessment.consent.without"));
        without.addClassName("rop-muted");
        add(new H1(consent.title()), text, version, PrivacyView.link(), agree, without, next);
        setId("assessment-consent");
    }
}
