package ru.rop.portal.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import ru.rop.portal.assessment.AssessmentPlan;
import ru.rop.portal.common.ui.Formats;
import ru.rop.portal.privacy.ui.PrivacyView;

/** The first page behind the link: who invites, what the assessment holds, how long it takes, until when. */
class WelcomeCard extends AssessmentCard {

    WelcomeCard(AssessmentPlan plan, String title, Runnable start) {
        Paragraph lead = new Paragraph(getTranslation("assessment.welcome.lead", plan.candidateName(),
                plan.position(), plan.companyName()));
        UnorderedList parts = new UnorderedList();
        for (AssessmentPlan.Section section : plan.sections()) {
            parts.add(new ListItem(getTranslation("assessment.section.summary." + section.kind(),
                    section.items().size(), AssessmentHeader.minutes(section.budgetSeconds()))));
        }
        Paragraph time = new Paragraph(getTranslation("assessment.welcome.time", plan.minutes(),
                Formats.dateTime(plan.expiresAt(), getLocale())));
        Paragraph honest = new Paragraph(getTranslation("assessment.welcome.honest"));
        honest.setId("assessment-honest");
        Paragraph saved = new Paragraph(getTranslation("assessment.welcome.saved"));
        saved.addClassName("rop-muted");
        Button begin = new Button(getTranslation("assessment.welcome.start"), e -> start.run());
        begin.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        begin.setId("assessment-start");
        add(new H1(title), lead, new H2(getTranslation("assessment.welcome.parts")), parts, time, honest, saved,
                PrivacyView.link(), begin);
        setId("assessment-welcome");
    }
}
