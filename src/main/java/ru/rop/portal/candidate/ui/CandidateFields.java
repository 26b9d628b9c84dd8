package ru.rop.portal.candidate.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import ru.rop.portal.candidate.CandidateForm;
import ru.rop.portal.candidate.Source;
import ru.rop.portal.common.UserFacingException;
import ru.rop.portal.common.ui.FieldErrors;

/** The candidate form, shared by «add candidate» and the candidate card. */
class CandidateFields extends FormLayout {

    final TextField fullName = new TextField();
    final EmailField email = new EmailField();
    final TextField phone = new TextField();
    final TextField city = new TextField();
    final Select<Source> source = new Select<>();
    final TextField currentPosition = new TextField();
    final TextField currentCompany = new TextField();
    final IntegerField expectedSalary = new IntegerField();
    final TextField tags = new TextField();
    final TextArea notes = new TextArea();
    private long vacancyId;
    private long version = -1;

    CandidateFields() {
        text(fullName, "candidate.field.full-name", 200, "candidate-name");
        fullName.setRequiredIndicatorVisible(true);
        email.setLabel(getTranslation("candidate.field.email"));
        email.setMaxLength(254);
        email.setRequiredIndicatorVisible(true);
        email.setId("candidate-email");
        text(phone, "candidate.field.phone", 40, "candidate-phone");
        phone.setPlaceholder("+7 912 345-67-89");
        text(city, "candidate.field.city", 100, "candidate-city");
        source.setLabel(getTranslation("candidate.field.source"));
        source.setItems(Source.values());
        source.setItemLabelGenerator(s -> s == null ? "" : getTranslation(s.labelKey()));
        source.setEmptySelectionAllowed(true);
        text(currentPosition, "candidate.field.position", 200, "candidate-position");
        text(currentCompany, "candidate.field.company", 200, "candidate-company");
        expectedSalary.setLabel(getTranslation("candidate.field.salary"));
        expectedSalary.setMin(0);
        expectedSalary.setStep(10_000);
        text(tags, "candidate.field.tags", 450, "candidate-tags");
        tags.setHelperText(getTranslation("candidate.field.tags.helper"));
        notes.setLabel(getTranslation("candidate.field.notes"));
        notes.setMaxLength(8000);
        notes.setMinRows(3);
        add(fullName, email, phone, city, source, currentPosition, currentCompany, expectedSalary, tags, notes);
        setColspan(fullName, 2);
        setColspan(tags, 2);
        setColspan(notes, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("36em", 2));
    }

    private void text(TextField field, String key, int max, String id) {
        field.setLabel(getTranslation(key));
        field.setMaxLength(max);
        field.setId(id);
    }

    void read(CandidateForm form) {
        vacancyId = form.vacancyId();
        version = form.version();
        fullName.setValue(nonNull(form.fullName()));
        email.setValue(nonNull(form.email()));
        phone.setValue(nonNull(form.phone()));
        city.setValue(nonNull(form.city()));
        source.setValue(form.source());
        currentPosition.setValue(nonNull(form.currentPosition()));
        currentCompany.setValue(nonNull(form.currentCompany()));
        expectedSalary.setValue(form.expectedSalary());
        tags.setValue(String.join(", ", new TreeSet<>(form.tags())));
        notes.setValue(nonNull(form.notes()));
    }

    CandidateForm write() {
        FieldErrors.clear(fields());
        Set<String> tagSet = Arrays.stream(tags.getValue().split(","))
                .map(String::strip).filter(t -> !t.isEmpty()).collect(Collectors.toSet());
        return new CandidateForm(vacancyId, fullName.getValue(), email.getValue(), phone.getValue(), city.getValue(),
                source.getValue(), currentPosition.getValue(), currentCompany.getValue(), expectedSalary.getValue(),
                notes.getValue(), tagSet, version);
    }

    /** @return false when the refusal concerns no single field and needs showing elsewhere */
    boolean showAtField(UserFacingException e) {
        return FieldErrors.show(this, fields(), e);
    }

    private Map<String, HasValidation> fields() {
        return Map.of("fullName", fullName, "email", email, "phone", phone, "city", city,
                "currentPosition", currentPosition, "currentCompany", currentCompany,
                "expectedSalary", expectedSalary, "tags", tags, "notes", notes);
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
