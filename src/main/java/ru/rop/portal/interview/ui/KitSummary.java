package ru.rop.portal.interview.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import ru.rop.portal.classification.RopModel;
import ru.rop.portal.interview.KitCoverage;

/** Above the kit's questions: their time against the interview's length, and what the plan leaves unasked. */
class KitSummary extends Div {

    private final RopModel model;

    KitSummary(RopModel model) {
        this.model = model;
        setId("kit-summary");
        addClassName("rop-kit-summary");
    }

    void show(int questions, KitCoverage coverage, Integer minutes) {
        removeAll();
        Paragraph time = new Paragraph(getTranslation("kit.summary", questions, coverage.plannedMinutes(),
                minutes == null ? 0 : minutes));
        time.setId("kit-time");
        add(time);
        if (minutes != null && coverage.plannedMinutes() > minutes) {
            time.addClassName("rop-warning-text");
            Paragraph over = new Paragraph(getTranslation("kit.over", coverage.plannedMinutes() - minutes, minutes));
            over.addClassName("rop-warning-text");
            over.setId("kit-over");
            add(over);
        }
        if (coverage.uncoveredCompetencies().isEmpty()) {
            add(new Paragraph(getTranslation("kit.covered-all")));
        } else {
            Div uncovered = new Div(new Span(getTranslation("kit.uncovered")));
            uncovered.setId("kit-uncovered");
            coverage.uncoveredCompetencies().forEach(label -> {
                Span chip = new Span(label);
                chip.addClassName("rop-chip-warning");
                uncovered.add(chip);
            });
            add(uncovered);
        }
        if (!coverage.silentDimensions().isEmpty()) {
            Div silent = new Div(new Span(getTranslation("kit.silent")));
            coverage.silentDimensions().forEach(d -> {
                Span chip = new Span(model.dimension(d).label());
                chip.addClassName("rop-chip");
                silent.add(chip);
            });
            add(silent);
        }
        add(new H3(getTranslation("kit.order")));
    }
}
