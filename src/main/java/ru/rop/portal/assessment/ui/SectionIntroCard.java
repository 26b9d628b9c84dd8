package ru.rop.portal.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.Function;
import ru.rop.portal.assessment.AssessmentPlan;

/** Before a section: what it asks, how many items and how many minutes; its clock starts with «begin». */
class SectionIntroCard extends AssessmentCard {

    SectionIntroCard(AssessmentPlan.Section section, Runnable begin, Function<Button, Div> navigation) {
        Button start = new Button(getTranslation("assessment.section.begin"), e -> begin.run());
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        start.setId("section-begin");
        add(new H1(getTranslation("assessment.section.title." + section.kind())),
                new Paragraph(getTranslation("assessment.section.intro." + section.kind(), section.items().size(),
                        AssessmentHeader.minutes(section.budgetSeconds()))), navigation.apply(start));
        setId("section-intro");
    }
}
