package ru.rop.portal.scheduling.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import ru.rop.portal.common.UserFacingException;
import ru.rop.portal.common.ui.FieldErrors;
import ru.rop.portal.common.ui.Notifications;
import ru.rop.portal.scheduling.MeetingForm;
import ru.rop.portal.scheduling.MeetingSummary;
import ru.rop.portal.security.StaffMember;

/**
 * The form to propose or move a meeting: date and time in Moscow time (the company's reference, as the e-mails say),
 * duration, interviewers, in person or online. A refusal is shown at its field and the dialog stays open.
 */
class MeetingDialog extends Dialog {

    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    private final DatePicker date = new DatePicker();
    private final TimePicker time = new TimePicker();
    private final IntegerField duration = new IntegerField();
    private final MultiSelectComboBox<StaffMember> interviewers = new MultiSelectComboBox<>();
    private final RadioButtonGroup<Boolean> online = new RadioButtonGroup<>();
    private final TextField place = new TextField();
    private final TextField videoLink = new TextField();

    /**
     * @param current the meeting being moved, or null for a new one
     * @param save    takes the form and throws {@link UserFacingException} to refuse it
     */
    MeetingDialog(List<StaffMember> staff, int defaultMinutes, @Nullable MeetingSummary current,
                  Consumer<MeetingForm> save) {
        setHeaderTitle(getTranslation(current == null ? "meeting.dialog.propose" : "meeting.dialog.reschedule"));
        setId("meeting-dialog");
        date.setLabel(getTranslation("meeting.field.date"));
        date.setMin(LocalDate.now(MOSCOW));
        date.setId("meeting-date");
        time.setLabel(getTranslation("meeting.field.time"));
        time.setStep(Duration.ofMinutes(15));
        time.setId("meeting-time");
        duration.setLabel(getTranslation("meeting.field.duration"));
        duration.setMin(15);
        duration.setMax(240);
        duration.setStep(15);
        duration.setStepButtonsVisible(true);
        duration.setId("meeting-duration");
        interviewers.setLabel(getTranslation("meeting.field.interviewers"));
        interviewers.setItems(staff);
        interviewers.setItemLabelGenerator(member -> member.displayName() + " (" + member.email() + ")");
        interviewers.setId("meeting-interviewers");
        online.setLabel(getTranslation("meeting.field.format"));
        online.setItems(false, true);
        online.setItemLabelGenerator(value -> getTranslation(value ? "meeting.format.online"
                : "meeting.format.in-person"));
        online.setId("meeting-format");
        place.setLabel(getTranslation("meeting.field.place"));
        place.setMaxLength(300);
        place.setId("meeting-place");
        videoLink.setLabel(getTranslation("meeting.field.video-link"));
        videoLink.setMaxLength(500);
        videoLink.setId("meeting-video-link");
        online.addValueChangeListener(e -> showWhere(Boolean.TRUE.equals(e.getValue())));
        read(staff, defaultMinutes, current);

        FormLayout form = new FormLayout(date, time, duration, online, interviewers, place, videoLink);
        form.setColspan(interviewers, 2);
        form.setColspan(place, 2);
        form.setColspan(videoLink, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        add(form);
        Button send = new Button(getTranslation("meeting.dialog.send"), e -> {
            FieldErrors.clear(fields());
            try {
                save.accept(write());
                close();
            } catch (UserFacingException ex) {
                if (!FieldErrors.show(this, fields(), ex)) {
                    Notifications.refused(this, ex);
                }
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("meeting-send");
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), send);
        setWidth("min(40rem, 95vw)");
    }

    private void read(List<StaffMember> staff, int defaultMinutes, @Nullable MeetingSummary current) {
        if (current == null) {
            date.setValue(LocalDate.now(MOSCOW).plusDays(1));
            time.setValue(LocalTime.of(11, 0));
            duration.setValue(defaultMinutes);
            online.setValue(true);
            return;
        }
        ZonedDateTime start = current.start().atZone(MOSCOW);
        date.setValue(start.toLocalDate());
        time.setValue(start.toLocalTime());
        duration.setValue(current.durationMinutes());
        // The same accounts as the combo's items, so they show as chosen.
        HashSet<Long> chosen = new HashSet<>(current.interviewers().stream().map(StaffMember::id).toList());
        interviewers.setValue(new HashSet<>(staff.stream().filter(m -> chosen.contains(m.id())).toList()));
        online.setValue(current.videoLink() != null);
        place.setValue(current.place() == null ? "" : current.place());
        videoLink.setValue(current.videoLink() == null ? "" : current.videoLink());
    }

    private void showWhere(boolean isOnline) {
        place.setVisible(!isOnline);
        videoLink.setVisible(isOnline);
    }

    private MeetingForm write() {
        if (date.getValue() == null || time.getValue() == null) {
            throw UserFacingException.forField("start", "field.required");
        }
        boolean isOnline = Boolean.TRUE.equals(online.getValue());
        // Only the shown one of the two fields can be blamed.
        TextField where = isOnline ? videoLink : place;
        if (where.getValue().isBlank()) {
            throw UserFacingException.forField(isOnline ? "videoLink" : "place", "field.required");
        }
        return new MeetingForm(ZonedDateTime.of(date.getValue(), time.getValue(), MOSCOW).toOffsetDateTime(),
                duration.getValue(), interviewers.getValue().stream().map(StaffMember::email).toList(),
                isOnline ? null : place.getValue(), isOnline ? videoLink.getValue() : null);
    }

    private Map<String, HasValidation> fields() {
        return Map.of("start", time, "durationMinutes", duration, "interviewerEmails", interviewers, "place", place,
                "videoLink", videoLink);
    }
}
