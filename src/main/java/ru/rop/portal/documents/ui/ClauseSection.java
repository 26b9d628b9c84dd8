package ru.rop.portal.documents.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import ru.rop.portal.documents.JobDescriptionContent;
import ru.rop.portal.documents.JobDescriptionService;

/**
 * One clause list of the job description (duties, rights, …): each clause included or not and editable, and new
 * ones added. A component of its own so the list being edited is a field that the rows and the «add» button share.
 */
class ClauseSection extends Details {

    private final String name;
    private final List<JobDescriptionContent.Clause> clauses;
    private final Consumer<List<JobDescriptionContent.Clause>> onChange;
    private final Div rows = new Div();

    /**
     * @param name     the section's name in the element ids, e.g. {@code duties}
     * @param onChange gets the whole list after every change
     */
    ClauseSection(String titleKey, String name, List<JobDescriptionContent.Clause> clauses, boolean opened,
                  Consumer<List<JobDescriptionContent.Clause>> onChange) {
        this.name = name;
        this.clauses = new ArrayList<>(clauses);
        this.onChange = onChange;
        renderRows();
        Button add = new Button(getTranslation("jd.add-clause"), VaadinIcon.PLUS.create(), e -> {
            this.clauses.add(new JobDescriptionContent.Clause(null, getTranslation("jd.new-clause"), true));
            renderRows();
            changed();
        });
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.setId(name + "-add");
        long included = clauses.stream().filter(JobDescriptionContent.Clause::included).count();
        setSummaryText(getTranslation(titleKey, included, clauses.size()));
        add(new Div(rows, add));
        setOpened(opened);
        setId("jd-section-" + name);
    }

    private void renderRows() {
        rows.removeAll();
        for (int i = 0; i < clauses.size(); i++) {
            int index = i;
            JobDescriptionContent.Clause clause = clauses.get(i);
            Checkbox include = new Checkbox(clause.included());
            include.setAriaLabel(getTranslation("jd.include"));
            include.setId(name + "-include-" + i);
            include.addValueChangeListener(e -> {
                clauses.set(index, clauses.get(index).withIncluded(e.getValue()));
                changed();
            });
            TextArea text = new TextArea();
            text.setValue(clause.text());
            text.setMaxLength(JobDescriptionService.MAX_CLAUSE);
            text.setWidthFull();
            text.setValueChangeMode(ValueChangeMode.LAZY);
            text.setId(name + "-text-" + i);
            text.addValueChangeListener(e -> {
                clauses.set(index, clauses.get(index).withText(e.getValue()));
                changed();
            });
            Div row = new Div(include, text);
            row.addClassName("rop-jd-row");
            rows.add(row);
        }
    }

    private void changed() {
        onChange.accept(List.copyOf(clauses));
    }
}
