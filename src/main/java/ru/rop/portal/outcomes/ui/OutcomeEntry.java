package ru.rop.portal.outcomes.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import ru.rop.portal.common.UserFacingException;
import ru.rop.portal.common.ui.FieldErrors;
import ru.rop.portal.common.ui.Notifications;
import ru.rop.portal.outcomes.OutcomeForm;
import ru.rop.portal.outcomes.OutcomeService;

/** The owner's form for the figures of one period that is over; the service checks every limit again. */
class OutcomeEntry extends Div {

    final Select<Integer> month = new Select<>();
    final NumberField plan = new NumberField();
    final NumberField turnover = new NumberField();
    final NumberField conversion = new NumberField();
    final Checkbox employed = new Checkbox(true);
    final IntegerField rating = new IntegerField();
    final TextArea note = new TextArea();
    final Button save = new Button();
    private final Map<String, HasValidation> fields = Map.of("month", month, "planAttainmentPct", plan,
            "teamTurnoverPct", turnover, "conversionChangePct", conversion, "ownerRating", rating, "note", note);

    OutcomeEntry(long candidateId, List<Integer> open, OutcomeService outcomes, Consumer<Integer> recorded) {
        setId("outcome-form");
        add(new H4(getTranslation("outcomes.form.title")));
        month.setLabel(getTranslation("outcomes.form.month"));
        month.setItems(open);
        month.setItemLabelGenerator(m -> getTranslation("outcomes.month", m));
        month.setValue(open.getFirst());
        month.setId("outcome-month");
        plan.setLabel(getTranslation("outcomes.form.plan"));
        plan.setId("outcome-plan");
        plan.setMin(0);
        plan.setMax(500);
        turnover.setLabel(getTranslation("outcomes.form.turnover"));
        turnover.setId("outcome-turnover");
        turnover.setMin(0);
        turnover.setMax(100);
        conversion.setLabel(getTranslation("outcomes.form.conversion"));
        conversion.setId("outcome-conversion");
        conversion.setMin(-100);
        conversion.setMax(500);
        employed.setLabel(getTranslation("outcomes.form.employed"));
        employed.setId("outcome-employed");
        rating.setLabel(getTranslation("outcomes.form.rating"));
        rating.setId("outcome-rating");
        rating.setMin(1);
        rating.setMax(5);
        rating.setStepButtonsVisible(true);
        note.setLabel(getTranslation("outcomes.form.note"));
        note.setId("outcome-note");
        note.setMaxLength(OutcomeService.MAX_NOTE);
        save.setText(getTranslation("outcomes.form.save"));
        save.setId("outcome-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(click -> {
            FieldErrors.clear(fields);
            try {
                int saved = outcomes.record(candidateId, new OutcomeForm(month.getValue(), plan.getValue(),
                        turnover.getValue(), conversion.getValue(), employed.getValue(), rating.getValue(),
                        note.getValue())).month();
                Notifications.success(this, "outcomes.saved", saved);
                recorded.accept(saved);
            } catch (UserFacingException e) {
                if (!FieldErrors.show(this, fields, e)) {
                    Notifications.refused(this, e);
                }
            }
        });
        FormLayout form = new FormLayout(month, plan, turnover, conversion, rating, employed, note);
        form.setColspan(note, 2);
        add(form, save);
    }
}
