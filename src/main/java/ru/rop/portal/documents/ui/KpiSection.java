package ru.rop.portal.documents.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import ru.rop.portal.documents.JobDescriptionContent;
import ru.rop.portal.documents.JobDescriptionService;

/**
 * The job description's KPIs: each included or not, with its target. A component of its own so the list being
 * edited is a field, kept apart from the clause sections because a KPI has a target and a unit, not a text.
 */
class KpiSection extends Details {

    private final List<JobDescriptionContent.Kpi> kpis;
    private final Consumer<List<JobDescriptionContent.Kpi>> onChange;

    /** @param onChange gets the whole list after every change */
    KpiSection(List<JobDescriptionContent.Kpi> kpis, Consumer<List<JobDescriptionContent.Kpi>> onChange) {
        this.kpis = new ArrayList<>(kpis);
        this.onChange = onChange;
        Div rows = new Div();
        for (int i = 0; i < kpis.size(); i++) {
            rows.add(row(i, kpis.get(i)));
        }
        setSummaryText(getTranslation("jd.section.kpis"));
        add(rows);
        setId("jd-section-kpis");
    }

    private Div row(int index, JobDescriptionContent.Kpi kpi) {
        Checkbox include = new Checkbox(kpi.label(), kpi.included());
        include.setId("kpi-include-" + index);
        include.addValueChangeListener(e -> {
            JobDescriptionContent.Kpi k = kpis.get(index);
            kpis.set(index, new JobDescriptionContent.Kpi(k.libraryId(), k.label(), k.unit(), k.target(),
                    k.period(), e.getValue()));
            onChange.accept(List.copyOf(kpis));
        });
        TextField target = new TextField();
        target.setPlaceholder(getTranslation("jd.kpi.target"));
        target.setValue(kpi.target() == null ? "" : kpi.target());
        target.setMaxLength(JobDescriptionService.MAX_FIELD);
        target.setValueChangeMode(ValueChangeMode.LAZY);
        target.setSuffixComponent(new Span(kpi.unit()));
        target.setId("kpi-target-" + index);
        target.addValueChangeListener(e -> {
            JobDescriptionContent.Kpi k = kpis.get(index);
            kpis.set(index, new JobDescriptionContent.Kpi(k.libraryId(), k.label(), k.unit(), e.getValue(),
                    k.period(), k.included()));
            onChange.accept(List.copyOf(kpis));
        });
        Div row = new Div(include, target);
        row.addClassName("rop-jd-kpi");
        return row;
    }
}
