package ru.rop.portal.vacancy.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import ru.rop.portal.common.UserFacingException;
import ru.rop.portal.common.ui.FieldErrors;
import ru.rop.portal.vacancy.VacancyForm;
import ru.rop.portal.vacancy.VacancyStatus;

/** The vacancy form, shared by «new vacancy» and «edit vacancy»; shows a refusal at the field it concerns. */
class VacancyFields extends FormLayout {

    final TextField title = new TextField();
    final TextField companyName = new TextField();
    final TextField industry = new TextField();
    final IntegerField salesTeamSize = new IntegerField();
    final TextField reportsTo = new TextField();
    final Select<VacancyStatus> status = new Select<>();
    final IntegerField salaryFrom = new IntegerField();
    final IntegerField salaryTo = new IntegerField();
    final TextField requiredExperience = new TextField();
    final TextArea notes = new TextArea();
    final Select<String> timeZone = new Select<>();
    private long version = -1;

    VacancyFields() {
        label(title, "vacancy.field.title", 200);
        title.setRequiredIndicatorVisible(true);
        title.setId("vacancy-title");
        label(companyName, "vacancy.field.company", 200);
        companyName.setRequiredIndicatorVisible(true);
        companyName.setId("vacancy-company");
        label(industry, "vacancy.field.industry", 200);
        salesTeamSize.setLabel(getTranslation("vacancy.field.team-size"));
        salesTeamSize.setMin(1);
        salesTeamSize.setMax(10_000);
        label(reportsTo, "vacancy.field.reports-to", 200);
        status.setLabel(getTranslation("vacancy.field.status"));
        status.setItems(VacancyStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        status.setValue(VacancyStatus.OPEN);
        salaryFrom.setLabel(getTranslation("vacancy.field.salary-from"));
        salaryFrom.setMin(0);
        salaryFrom.setStep(10_000);
        salaryTo.setLabel(getTranslation("vacancy.field.salary-to"));
        salaryTo.setMin(0);
        salaryTo.setStep(10_000);
        label(requiredExperience, "vacancy.field.experience", 500);
        notes.setLabel(getTranslation("vacancy.field.notes"));
        notes.setMaxLength(4000);
        notes.setMinRows(3);
        timeZone.setLabel(getTranslation("vacancy.field.time-zone"));
        timeZone.setItems(TIME_ZONES);
        timeZone.setItemLabelGenerator(VacancyFields::zoneLabel);
        timeZone.setValue(VacancyForm.DEFAULT_TIME_ZONE);
        timeZone.setId("vacancy-time-zone");
        add(title, companyName, industry, salesTeamSize, reportsTo, status, timeZone, salaryFrom, salaryTo,
                requiredExperience, notes);
        setColspan(title, 2);
        setColspan(notes, 2);
        setColspan(requiredExperience, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("36em", 2));
    }

    /** Russia's zones west to east, then the neighbours companies hire in most. */
    static final List<String> TIME_ZONES = List.of("Europe/Kaliningrad", "Europe/Moscow", "Europe/Samara",
            "Asia/Yekaterinburg", "Asia/Omsk", "Asia/Novosibirsk", "Asia/Krasnoyarsk", "Asia/Irkutsk", "Asia/Yakutsk",
            "Asia/Vladivostok", "Asia/Magadan", "Asia/Kamchatka", "Europe/Minsk", "Asia/Almaty", "Asia/Tashkent");

    /** «Asia/Yekaterinburg (UTC+05:00)»: the region as the tz database names it, with its offset now. */
    private static String zoneLabel(String zone) {
        ZoneOffset offset = ZoneId.of(zone).getRules().getOffset(Instant.now());
        return zone + " (UTC" + (offset.getTotalSeconds() == 0 ? "" : offset.getId()) + ")";
    }

    private void label(TextField field, String key, int max) {
        field.setLabel(getTranslation(key));
        field.setMaxLength(max);
    }

    void read(VacancyForm form) {
        title.setValue(nonNull(form.title()));
        companyName.setValue(nonNull(form.companyName()));
        industry.setValue(nonNull(form.industry()));
        salesTeamSize.setValue(form.salesTeamSize());
        reportsTo.setValue(nonNull(form.reportsTo()));
        status.setValue(form.status() == null ? VacancyStatus.OPEN : form.status());
        salaryFrom.setValue(form.salaryFrom());
        salaryTo.setValue(form.salaryTo());
        requiredExperience.setValue(nonNull(form.requiredExperience()));
        notes.setValue(nonNull(form.notes()));
        if (!TIME_ZONES.contains(form.timeZone())) {
            // A region set through the API stays choosable, so saving the form keeps it.
            timeZone.setItems(Stream.concat(TIME_ZONES.stream(), Stream.of(form.timeZone())).toList());
        }
        timeZone.setValue(form.timeZone());
        version = form.version();
    }

    VacancyForm write() {
        clearErrors();
        return new VacancyForm(title.getValue(), companyName.getValue(), industry.getValue(),
                salesTeamSize.getValue(), reportsTo.getValue(), status.getValue(), salaryFrom.getValue(),
                salaryTo.getValue(), requiredExperience.getValue(), notes.getValue(), version, timeZone.getValue());
    }

    /** @return false when the refusal concerns no single field and needs showing elsewhere */
    boolean showAtField(UserFacingException e) {
        return FieldErrors.show(this, fields(), e);
    }

    private void clearErrors() {
        FieldErrors.clear(fields());
    }

    private Map<String, com.vaadin.flow.component.HasValidation> fields() {
        return Map.of("title", title, "companyName", companyName, "industry", industry,
                "salesTeamSize", salesTeamSize, "reportsTo", reportsTo, "salaryFrom", salaryFrom,
                "salaryTo", salaryTo, "requiredExperience", requiredExperience, "notes", notes, "timeZone", timeZone);
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
