package ru.rop.portal.assessment.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import ru.rop.portal.privacy.ui.WithdrawalView;

/**
 * The thanks after submission, with the place where the candidate can still change their mind: the link that
 * withdraws the consent and erases the data.
 */
class CompletedCard extends AssessmentCard {

    CompletedCard(String title, String companyName, String token) {
        Anchor link = new Anchor(WithdrawalView.path(token), getTranslation("assessment.withdrawal.link"));
        link.setId("withdrawal-link");
        Paragraph note = new Paragraph(getTranslation("assessment.withdrawal.note") + " ");
        note.addClassName("rop-muted");
        note.add(link);
        add(new H1(title), new Paragraph(getTranslation("assessment.completed.text", companyName)), note);
        setId("assessment-completed");
    }
}
