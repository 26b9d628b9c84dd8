package ru.rop.portal.assessment.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.time.Duration;
import java.time.Instant;
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

    void show(String place, AssessmentPlan.Section section, AssessmentPlan plan) {
        where.setText(place);
        countdown.setText(countdown(section));
        progress(plan);
    }

    /** Gentle: a guide to pace, never a cut-off. */
    private String countdown(AssessmentPlan.Section section) {
        if (section.startedAt() == null) {
            return getTranslation("assessment.countdown.budget", minutes(section.budgetSeconds()));
        }
        long left = section.budgetSeconds() - Duration.between(section.startedAt(), Instant.now()).toSeconds();
        return left > 0 ? getTranslation("assessment.countdown.left", Math.max(1, (left + 59) / 60))
                : getTranslation("assessment.countdown.over");
    }

    /** A section's time budget in whole minutes, never «0». */
    static long minutes(int seconds) {
        return Math.max(1, Math.round(seconds / 60.0));
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
