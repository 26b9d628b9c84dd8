package ru.rop.portal.assessment.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import ru.rop.portal.assessment.AssessmentPlan;

/**
 * The top of a section's pages: where the candidate is, the gentle countdown and the progress. The view keeps it
 * from page to page and changes only its values, so a step sends a few changed texts, not a new header.
 */
class AssessmentHeader extends Div {

    private final Span where = new Span();
    private final Span countdown = new Span();
    private final ProgressBar progress = new ProgressBar();
    private final Span done = new Span();

    AssessmentHeader() {
        where.setId("assessment-where");
        countdown.addClassName("rop-muted");
        countdown.setId("assessment-countdown");
        progress.setId("assessment-progress");
        done.addClassName("rop-muted");
        done.setId("assessment-done-count");
        add(new Div(where, countdown), progress, done);
        addClassName("rop-assess-header");
    }

    void show(String place, String timeLeft, AssessmentPlan plan) {
        where.setText(place);
        countdown.setText(timeLeft);
        progress(plan);
    }

    /** The answered items of the plan as it now stands, e.g. after a block's pick was saved. */
    void progress(AssessmentPlan plan) {
        // In this order the bar never holds a value beyond its maximum, whatever the plan had before.
        progress.setValue(0);
        progress.setMax(Math.max(1, plan.items().size()));
        progress.setValue(plan.answered());
        done.setText(getTranslation("assessment.progress", plan.answered(), plan.items().size()));
    }
}
