package ru.rop.portal.audit.ui;

import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import ru.rop.portal.audit.AuditActor;
import ru.rop.portal.audit.AuditFilter;
import ru.rop.portal.common.AuditEvent;

/** The audit log's filters: a period, who, what was done, to what, or one candidate or vacancy by number. */
class AuditFilters extends HorizontalLayout {

    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final ComboBox<AuditActor> actor = new ComboBox<>();
    private final ComboBox<AuditEvent.Action> action = new ComboBox<>();
    private final ComboBox<AuditEvent.Subject> subject = new ComboBox<>();
    private final IntegerField candidateId = new IntegerField();
    private final IntegerField vacancyId = new IntegerField();

    /** @param changed called after any filter changed */
    AuditFilters(List<AuditActor> actors, ItemLabelGenerator<AuditActor> actorLabel, Runnable changed) {
        datePicker(from, "audit.filter.from", "audit-from");
        datePicker(to, "audit.filter.to", "audit-to");
        from.addValueChangeListener(e -> to.setMin(e.getValue()));
        to.addValueChangeListener(e -> from.setMax(e.getValue()));

        actor.setLabel(getTranslation("audit.filter.actor"));
        actor.setItems(actors);
        actor.setItemLabelGenerator(actorLabel);
        actor.setClearButtonVisible(true);
        actor.setId("audit-actor");
        actor.setWidth("16rem");

        action.setLabel(getTranslation("audit.filter.action"));
        action.setItems(AuditEvent.Action.values());
        action.setItemLabelGenerator(a -> getTranslation("audit.action." + a.name()));
        action.setClearButtonVisible(true);
        action.setId("audit-action");

        subject.setLabel(getTranslation("audit.filter.subject"));
        subject.setItems(AuditEvent.Subject.values());
        subject.setItemLabelGenerator(s -> getTranslation("audit.subject." + s.name()));
        subject.setClearButtonVisible(true);
        subject.setId("audit-subject");

        idField(candidateId, "audit.filter.candidate", "audit-candidate");
        idField(vacancyId, "audit.filter.vacancy", "audit-vacancy");

        Button reset = new Button(getTranslation("audit.filter.reset"), VaadinIcon.CLOSE_SMALL.create(), click -> {
            from.clear();
            to.clear();
            actor.clear();
            action.clear();
            subject.clear();
            candidateId.clear();
            vacancyId.clear();
        });
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        reset.setId("audit-reset");

        from.addValueChangeListener(e -> changed.run());
        to.addValueChangeListener(e -> changed.run());
        actor.addValueChangeListener(e -> changed.run());
        action.addValueChangeListener(e -> changed.run());
        subject.addValueChangeListener(e -> changed.run());
        candidateId.addValueChangeListener(e -> changed.run());
        vacancyId.addValueChangeListener(e -> changed.run());
        add(from, to, actor, action, subject, candidateId, vacancyId, reset);
        setWrap(true);
        setAlignItems(Alignment.BASELINE);
        addClassName("rop-audit-filters");
    }


    /** The filters as set; «to» is the last day shown, whole. */
    AuditFilter filter() {
        ZoneId zone = ZoneId.systemDefault();
        Instant start = from.getValue() == null ? null : from.getValue().atStartOfDay(zone).toInstant();
        Instant end = to.getValue() == null ? null : to.getValue().plusDays(1).atStartOfDay(zone).toInstant();
        return new AuditFilter(start, end, actor.getValue() == null ? null : actor.getValue().actor(),
                action.getValue(), subject.getValue(),
                candidateId.getValue() == null ? null : candidateId.getValue().longValue(),
                vacancyId.getValue() == null ? null : vacancyId.getValue().longValue());
    }

    private void datePicker(DatePicker picker, String labelKey, String id) {
        picker.setLabel(getTranslation(labelKey));
        picker.setLocale(getLocale());
        picker.setI18n(datePickerTexts(getLocale()));
        picker.setClearButtonVisible(true);
        picker.setMax(LocalDate.now());
        picker.setId(id);
        picker.setWidth("10rem");
    }

    private DatePicker.DatePickerI18n datePickerTexts(Locale locale) {
        DatePicker.DatePickerI18n texts = new DatePicker.DatePickerI18n();
        texts.setMonthNames(Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE,
                locale)).map(AuditFilters::capitalized).toList());
        // The picker's week starts on Sunday; Russian calendars start on Monday.
        DayOfWeek[] week = {DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY};
        texts.setWeekdays(Arrays.stream(week).map(d -> d.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList());
        texts.setWeekdaysShort(Arrays.stream(week).map(d -> d.getDisplayName(TextStyle.SHORT_STANDALONE, locale))
                .toList());
        texts.setFirstDayOfWeek(1);
        texts.setToday(getTranslation("audit.date.today"));
        texts.setCancel(getTranslation("common.cancel"));
        return texts;
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    private void idField(IntegerField field, String labelKey, String id) {
        field.setLabel(getTranslation(labelKey));
        field.setMin(1);
        field.setClearButtonVisible(true);
        field.setWidth("9rem");
        field.setId(id);
    }
}
