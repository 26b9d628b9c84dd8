package ru.rop.portal.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import ru.rop.portal.assessment.AssessmentPlan;
import ru.rop.portal.cases.CaseService;
import ru.rop.portal.common.StaleEditException;
import ru.rop.portal.common.UserFacingException;
import ru.rop.portal.common.ui.BrowserDraft;
import ru.rop.portal.common.ui.Formats;

/**
 * A written case's page: the task and the candidate's text, saved a second after typing pauses over the text this
 * page last saw. When another device saved a different text meanwhile, this one stays on the page to copy, never
 * silently lost, and the page offers to load the other.
 */
class CaseAnswerStep extends AssessmentCard {

    /** Saves the text over the one this page last saw; {@code pastedChars} since the last save. */
    @FunctionalInterface
    interface Saving {
        void save(@Nullable String base, String text, int pastedChars);
    }

    private final Saving saving;
    private final Runnable reload;
    private final TextArea answer = new TextArea();
    private final Span saved = new Span();
    private final Div conflict = new Div();
    private final String draftKey;
    private @Nullable String base;
    private int pasted;

    /**
     * @param navigation the way back and forward, drawn under the text
     * @param reload shows the page again with the text saved elsewhere
     */
    CaseAnswerStep(AssessmentPlan.Item item, String draftKey, Saving saving, Runnable reload, Div navigation) {
        this.saving = saving;
        this.reload = reload;
        this.draftKey = draftKey;
        this.base = item.answer();
        Paragraph task = new Paragraph(item.text());
        task.addClassName("rop-case-task");
        answer.setLabel(getTranslation("assessment.case.answer"));
        answer.setValue(item.answer() == null ? "" : item.answer());
        answer.setMaxLength(CaseService.MAX_ANSWER);
        answer.setWidthFull();
        answer.setMinHeight("16rem");
        answer.setHelperText(getTranslation("assessment.case.help", item.minutes()));
        // Saved a second after typing pauses: a long text is not rewritten on every keystroke, and the browser
        // keeps every keystroke until then.
        answer.setValueChangeMode(ValueChangeMode.TIMEOUT);
        answer.setValueChangeTimeout(1000);
        answer.setId("case-answer");
        answer.getElement().addEventListener("paste", e -> pasted += e.getEventData()
                .path("event.clipboardData.getData('text').length").asInt(0))
                .addEventData("event.clipboardData.getData('text').length");
        answer.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                save();
            }
        });
        BrowserDraft.protect(answer, draftKey, text -> save());
        saved.addClassName("rop-muted");
        saved.setId("case-saved");
        add(new H1(item.title()), task, answer, saved, conflict, navigation);
        setId("assessment-case");
    }

    private void save() {
        String text = answer.getValue();
        try {
            saving.save(base, text, pasted);
            pasted = 0;
            base = text;
            BrowserDraft.saved(answer, draftKey, text);
            saved.setText(getTranslation("assessment.saved", Formats.time(Instant.now(), getLocale())));
        } catch (StaleEditException ex) {
            saved.setText(getTranslation(ex.messageKey(), ex.params()));
            if (conflict.getChildren().findAny().isEmpty()) {
                TextArea yours = new TextArea(getTranslation("assessment.case.yours"));
                yours.setValue(text);
                yours.setReadOnly(true);
                yours.setWidthFull();
                conflict.add(yours, new Button(getTranslation("assessment.case.reload"), click -> reload.run()));
            }
        } catch (UserFacingException ex) {
            saved.setText(getTranslation(ex.messageKey(), ex.params()));
        }
    }
}
