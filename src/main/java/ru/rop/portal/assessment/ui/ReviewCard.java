package ru.rop.portal.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import ru.rop.portal.assessment.AssessmentPlan;

/** The last page before submitting: how much is answered, the way to the first gap, and the submission. */
class ReviewCard extends AssessmentCard {

    ReviewCard(AssessmentPlan plan, Runnable firstMissing, Runnable submit, Runnable back) {
        long missing = plan.items().size() - plan.answered();
        ProgressBar progress = new ProgressBar(0, Math.max(1, plan.items().size()), plan.answered());
        Paragraph summary = new Paragraph(getTranslation("assessment.review.summary", plan.answered(),
                plan.items().size()));
        add(new H1(getTranslation("assessment.review.title")), progress, summary);
        if (missing > 0) {
            Paragraph gaps = new Paragraph(getTranslation("assessment.review.missing", missing));
            gaps.addClassName("rop-warning-text");
            Button first = new Button(getTranslation("assessment.review.first-missing"), e -> firstMissing.run());
            first.setId("first-missing");
            add(gaps, first);
        }
        Button submitButton = new Button(getTranslation("assessment.submit"), e -> submit.run());
        submitButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        submitButton.setId("assessment-submit");
        Div nav = new Div(new Button(getTranslation("assessment.back"), e -> back.run()), submitButton);
        nav.addClassName("rop-assess-nav");
        add(new Paragraph(getTranslation("assessment.review.final")), nav);
        setId("assessment-review");
    }
}
