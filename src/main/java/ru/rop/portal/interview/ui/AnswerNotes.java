package ru.rop.portal.interview.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import ru.rop.portal.common.ui.BrowserDraft;
import ru.rop.portal.common.ui.Notifications;
import ru.rop.portal.interview.AnswerRecord;
import ru.rop.portal.interview.InterviewService;
import ru.rop.portal.interview.InterviewSession;
import ru.rop.portal.interview.NoteField;

/**
 * The notes on one answer and its STAR breakdown. Every keystroke goes to the server and the database; what could
 * not be sent is kept in the browser and sent when the screen is opened again.
 */
class AnswerNotes extends Div {

    private final InterviewService interviews;
    private final InterviewSession session;
    private final InterviewSession.Step step;
    private final Consumer<Supplier<AnswerRecord>> save;

    /** @param save saves a change the way the screen does: refreshing what depends on it, showing a refusal */
    AnswerNotes(InterviewService interviews, InterviewSession session, InterviewSession.Step step,
                Consumer<Supplier<AnswerRecord>> save) {
        this.interviews = interviews;
        this.session = session;
        this.step = step;
        this.save = save;
        addClassName("rop-block");
        TextArea notes = noteArea(NoteField.NOTES);
        notes.setId("notes");
        notes.setWidthFull();
        notes.setMinHeight("7rem");
        Div star = new Div();
        star.addClassName("rop-star");
        for (NoteField field : new NoteField[] {NoteField.SITUATION, NoteField.TASK, NoteField.ACTION,
                NoteField.RESULT}) {
            TextArea area = noteArea(field);
            area.setId("star-" + field.name().toLowerCase(Locale.ROOT));
            star.add(area);
        }
        AnswerRecord answer = step.answer();
        boolean starUsed = answer.situation() != null || answer.task() != null || answer.action() != null
                || answer.result() != null;
        Details starDetails = new Details(getTranslation("interview.star"), star);
        starDetails.setOpened(starUsed);
        starDetails.setId("star");
        add(notes, starDetails);
    }

    private TextArea noteArea(NoteField field) {
        TextArea area = new TextArea(getTranslation(field.labelKey()));
        area.setValue(step.answer().text(field) == null ? "" : step.answer().text(field));
        area.setMaxLength(field.maxLength());
        area.setReadOnly(session.submitted());
        area.setValueChangeMode(ValueChangeMode.EAGER);
        String draftKey = "interview-" + session.id() + "-" + step.question().id() + "-" + field.name();
        area.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                write(area, draftKey, field, e.getValue());
            }
        });
        if (!session.submitted()) {
            BrowserDraft.protect(area, draftKey, text -> {
                write(area, draftKey, field, text);
                Notifications.success(this, "interview.draft-restored");
            });
        }
        return area;
    }

    private void write(TextArea area, String draftKey, NoteField field, String text) {
        save.accept(() -> {
            AnswerRecord answer = interviews.write(session.id(), step.question().id(), field, text);
            BrowserDraft.saved(area, draftKey, text);
            return answer;
        });
    }
}
