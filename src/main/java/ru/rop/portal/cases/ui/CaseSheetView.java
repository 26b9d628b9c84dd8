package ru.rop.portal.cases.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.stream.IntStream;
import ru.rop.portal.cases.BusinessCase;
import ru.rop.portal.cases.CaseMode;
import ru.rop.portal.cases.CaseService;
import ru.rop.portal.cases.CaseSheet;
import ru.rop.portal.common.CurrentActor;
import ru.rop.portal.common.Routes;
import ru.rop.portal.common.StaleEditException;
import ru.rop.portal.common.UserFacingException;
import ru.rop.portal.common.ui.AnchorScale;
import ru.rop.portal.common.ui.BrowserDraft;
import ru.rop.portal.common.ui.Formats;
import ru.rop.portal.common.ui.Notifications;
import ru.rop.portal.security.Roles;

/**
 * Scoring one case: the task and the candidate's answer on the left, the rubric on the right; each criterion gets a
 * level (five anchored cards) and an optional comment, saved as they are given.
 */
@Route("case")
@RolesAllowed(Roles.HR)
public class CaseSheetView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final CaseService cases;
    private final CurrentActor actor;
    private final H2 title = new H2();
    private final Span saved = new Span();
    private final Div body = new Div();
    private CaseSheet sheet;
    private String answerBase;
    private boolean conflictOpen;

    public CaseSheetView(CaseService cases, CurrentActor actor) {
        this.cases = cases;
        this.actor = actor;
        addClassNames("rop-page", "rop-case-sheet");
        setId("case-sheet");
        saved.addClassNames("rop-muted", "rop-saved");
        saved.setId("case-saved");
        body.addClassName("rop-case-body");
        add(title, saved, body);
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        try {
            sheet = cases.sheet(id == null ? -1 : id);
        } catch (UserFacingException e) {
            throw new NotFoundException();
        }
        title.setText(getTranslation("case.sheet.title", sheet.candidateName(), sheet.businessCase().title()));
        render();
    }

    private void render() {
        body.removeAll();
        BusinessCase businessCase = sheet.businessCase();
        Paragraph task = new Paragraph(businessCase.task());
        task.addClassName("rop-case-task");
        Div left = new Div(new Anchor(Routes.candidate(sheet.candidateId()), getTranslation("case.back")),
                new H3(getTranslation("case.task")), task);
        left.addClassName("rop-case-left");
        TextArea answer = new TextArea(getTranslation(sheet.mode() == CaseMode.ORAL ? "case.answer.oral"
                : "case.answer.written"));
        answer.setValue(sheet.answer() == null ? "" : sheet.answer());
        answer.setMaxLength(CaseService.MAX_ANSWER);
        answer.setWidthFull();
        answer.setMinHeight("14rem");
        answer.setHelperText(getTranslation(sheet.mode() == CaseMode.ORAL ? "case.answer.oral.help"
                : "case.answer.written.help"));
        answer.setValueChangeMode(ValueChangeMode.EAGER);
        answer.setId("case-answer");
        // Keyed by who is typing: on a shared computer one rater's unsaved text never reaches another's screen.
        String answerKey = "case-" + sheet.assignmentId() + "-" + actor.name() + "-answer";
        answerBase = sheet.answer();
        answer.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                saveAnswer(answer, answerKey, e.getValue());
            }
        });
        BrowserDraft.protect(answer, answerKey, text -> saveAnswer(answer, answerKey, text));
        left.add(answer);
        Div right = new Div(new H3(getTranslation("case.rubric")));
        right.addClassName("rop-case-right");
        for (BusinessCase.Criterion criterion : businessCase.criteria()) {
            right.add(criterion(criterion));
        }
        body.add(left, right);
    }

    private Div criterion(BusinessCase.Criterion criterion) {
        CaseSheet.Mark mark = sheet.mine().get(criterion.id());
        Div block = new Div(new Span(criterion.label()));
        block.addClassNames("rop-block", "rop-criterion");
        block.setId("criterion-" + criterion.id());
        AnchorScale scale = new AnchorScale("level-" + criterion.id() + "-", criterion.label(),
                IntStream.rangeClosed(1, 5).mapToObj(criterion.levels()::get).toList(), true);
        scale.onChoose(level -> save(() -> {
            cases.level(sheet.assignmentId(), criterion.id(), scale.toggled(level));
            sheet = cases.sheet(sheet.assignmentId());
            CaseSheet.Mark saved = sheet.mine().get(criterion.id());
            scale.setChosen(saved == null ? null : saved.level());
        }));
        scale.setChosen(mark == null ? null : mark.level());
        TextArea comment = new TextArea(getTranslation("case.comment"));
        comment.setValue(mark == null || mark.comment() == null ? "" : mark.comment());
        comment.setMaxLength(CaseService.MAX_COMMENT);
        comment.setWidthFull();
        comment.setValueChangeMode(ValueChangeMode.EAGER);
        comment.setId("comment-" + criterion.id());
        // Comments are each rater's own: the browser copy is keyed by who is typing.
        String commentKey = "case-" + sheet.assignmentId() + "-" + actor.name() + "-" + criterion.id();
        comment.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                saveText(comment, commentKey, () -> cases.comment(sheet.assignmentId(), criterion.id(),
                        e.getValue()));
            }
        });
        BrowserDraft.protect(comment, commentKey, text ->
                saveText(comment, commentKey, () -> cases.comment(sheet.assignmentId(), criterion.id(), text)));
        block.add(scale, comment);
        return block;
    }

    /** The answer may be shared: a colleague's change since this page loaded is shown, not overwritten. */
    private void saveAnswer(TextArea area, String draftKey, String text) {
        try {
            cases.saveAnswer(sheet.assignmentId(), answerBase, text);
            answerBase = text;
            BrowserDraft.saved(area, draftKey, text);
            saved.setText(getTranslation("interview.saved", Formats.time(Instant.now(), getLocale())));
        } catch (StaleEditException e) {
            showConflict(text);
        } catch (UserFacingException e) {
            Notifications.refused(this, e);
        }
    }

    private void showConflict(String mine) {
        if (conflictOpen) {
            return;
        }
        conflictOpen = true;
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("case.answer.changed.title"));
        TextArea copy = new TextArea(getTranslation("case.answer.changed.yours"));
        copy.setValue(mine == null ? "" : mine);
        copy.setReadOnly(true);
        copy.setWidthFull();
        copy.setId("case-answer-yours");
        Button reload = new Button(getTranslation("case.answer.changed.reload"), e -> {
            dialog.close();
            conflictOpen = false;
            sheet = cases.sheet(sheet.assignmentId());
            render();
        });
        reload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reload.setId("case-answer-reload");
        dialog.add(new Paragraph(getTranslation("case.answer.changed")), copy);
        dialog.getFooter().add(reload);
        dialog.setCloseOnOutsideClick(false);
        dialog.setWidth("min(40rem, 95vw)");
        dialog.open();
    }

    private void saveText(TextArea area, String draftKey, Runnable change) {
        save(() -> {
            change.run();
            BrowserDraft.saved(area, draftKey, area.getValue());
        });
    }

    private void save(Runnable change) {
        try {
            change.run();
            saved.setText(getTranslation("interview.saved", Formats.time(Instant.now(), getLocale())));
        } catch (UserFacingException e) {
            Notifications.refused(this, e);
        }
    }

    @Override
    public String getPageTitle() {
        return title.getText().isEmpty() ? getTranslation("case.page") : title.getText();
    }
}
