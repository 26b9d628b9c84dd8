package ru.rop.portal.interview.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import ru.rop.portal.classification.Dimension;
import ru.rop.portal.classification.RedFlag;
import ru.rop.portal.common.Routes;
import ru.rop.portal.common.UserFacingException;
import ru.rop.portal.common.ui.AnchorScale;
import ru.rop.portal.common.ui.Formats;
import ru.rop.portal.common.ui.Notifications;
import ru.rop.portal.interview.AnswerRecord;
import ru.rop.portal.interview.InterviewService;
import ru.rop.portal.interview.InterviewSession;
import ru.rop.portal.security.Roles;

/**
 * The interview in the room: one question at a time with what to listen for, the anchored scale as five cards, the
 * styles the question reveals on their own scales, red flags and notes. Every score, flag and keystroke is saved at
 * once; keys 1–5 score and the arrows move.
 */
@Route("interview")
@RolesAllowed(Roles.HR)
public class InterviewView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final InterviewService interviews;
    private final H2 title = new H2();
    private final Span position = new Span();
    private final InterviewClock clock = new InterviewClock();
    private final Span saved = new Span();
    private final ProgressBar progress = new ProgressBar();
    private final QuestionNavigator navigator = new QuestionNavigator(this::show);
    private final Div card = new Div();
    private final Button back = new Button();
    private final Button skip = new Button();
    private final Button next = new Button();
    private final Button finish = new Button();
    private InterviewSession session;
    private int current;

    public InterviewView(InterviewService interviews) {
        this.interviews = interviews;
        addClassNames("rop-page", "rop-interview");
        setId("interview");
        position.addClassName("rop-muted");
        position.setId("interview-position");
        saved.addClassNames("rop-muted", "rop-saved");
        saved.setId("interview-saved");
        progress.setId("interview-progress");
        card.addClassName("rop-question-card");
        back.setText(getTranslation("interview.back"));
        back.setId("interview-back");
        back.addClickListener(e -> show(current - 1));
        skip.setText(getTranslation("interview.skip"));
        skip.setId("interview-skip");
        skip.addClickListener(e -> skipCurrent());
        next.setText(getTranslation("interview.next"));
        next.setId("interview-next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickListener(e -> show(current + 1));
        finish.setText(getTranslation("interview.finish"));
        finish.setId("interview-finish");
        finish.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        finish.addClickListener(e -> new SubmitInterviewDialog(interviews, session).open());
        Div status = new Div(position, clock, saved);
        status.addClassName("rop-interview-status");
        Div footer = new Div(back, skip, next, finish);
        footer.addClassName("rop-interview-footer");
        add(title, status, progress, navigator, card, footer);
        setPadding(false);
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        try {
            session = interviews.session(id == null ? -1 : id);
        } catch (UserFacingException e) {
            throw new NotFoundException();
        }
        title.setText(getTranslation("interview.title", session.candidateName()));
        show(session.currentPosition());
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        // Keys are handled in the browser so typing digits into the notes never scores by accident.
        getElement().executeJs("""
                const view = this;
                if (view.__ropKeys) { return; }
                view.__ropKeys = e => {
                  const typing = e.composedPath().some(n => n.tagName === 'TEXTAREA'
                      || (n.tagName === 'INPUT' && n.type !== 'checkbox') || n.tagName === 'VAADIN-DIALOG-OVERLAY');
                  if (typing || e.altKey || e.ctrlKey || e.metaKey) { return; }
                  let target = null;
                  if (e.key >= '1' && e.key <= '5') { target = view.querySelector('#score-' + e.key); }
                  else if (e.key === 'ArrowRight') { target = view.querySelector('#interview-next'); }
                  else if (e.key === 'ArrowLeft') { target = view.querySelector('#interview-back'); }
                  if (target && !target.disabled) { e.preventDefault(); target.click(); }
                };
                document.addEventListener('keydown', view.__ropKeys);
                """);
        if (session != null && session.submitted()) {
            clock.stopped();
        } else if (session != null) {
            clock.start(session.startedAt(), session.plannedMinutes());
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        getElement().executeJs("if (this.__ropKeys) { document.removeEventListener('keydown', this.__ropKeys);"
                + " this.__ropKeys = null; }");
    }

    private void show(int index) {
        if (session.steps().isEmpty()) {
            card.removeAll();
            card.add(new Paragraph(getTranslation("interview.no-questions")));
            return;
        }
        current = Math.clamp(index, 0, session.steps().size() - 1);
        if (!session.submitted()) {
            interviews.moveTo(session.id(), current);
        }
        InterviewSession.Step step = session.steps().get(current);
        position.setText(getTranslation("interview.position", current + 1, session.steps().size(),
                step.plannedStartMinute()));
        long scored = session.scoredCount();
        progress.setValue((double) scored / session.steps().size());
        progress.getElement().setAttribute("aria-label", getTranslation("interview.progress", scored,
                session.steps().size()));
        navigator.show(session.steps(), current);
        renderCard(step);
        back.setEnabled(current > 0);
        next.setEnabled(current < session.steps().size() - 1);
        skip.setEnabled(!session.submitted());
        finish.setVisible(!session.submitted());
    }

    private void renderCard(InterviewSession.Step step) {
        card.removeAll();
        AnswerRecord answer = step.answer();
        QuestionPrompt prompt = new QuestionPrompt(step);
        if (session.submitted()) {
            Div done = new Div(new Span(getTranslation("interview.submitted.banner",
                    session.conclusion() == null ? "" : session.conclusion())),
                    new Anchor(Routes.candidatePanel(session.candidateId()), getTranslation("interview.panel")));
            done.addClassName("rop-banner");
            done.setId("interview-submitted");
            card.add(done);
        }
        card.add(prompt, scale(step));
        if (!step.styles().isEmpty()) {
            card.add(styles(step));
        }
        card.add(flags(step), new AnswerNotes(interviews, session, step, this::save));
        if (answer.skipped() && answer.score() == null) {
            prompt.markSkipped();
        }
    }

    private Div scale(InterviewSession.Step step) {
        AnchorScale scale = new AnchorScale("score-", getTranslation("interview.scale"), step.levels(), false);
        scale.onChoose(level -> {
            save(() -> interviews.score(session.id(), step.question().id(), scale.toggled(level)));
            scale.setChosen(answerOf(step.question().id()).score());
        });
        scale.setChosen(step.answer().score());
        scale.setEnabled(!session.submitted());
        Div block = new Div(new Span(getTranslation("interview.scale")), scale);
        block.addClassName("rop-block");
        return block;
    }

    /** Beside the score, where the candidate sits on each style the question reveals; saved at each click. */
    private Div styles(InterviewSession.Step step) {
        Div block = new Div();
        block.addClassNames("rop-block", "rop-style-block");
        for (Dimension style : step.styles()) {
            StyleScaleField field = new StyleScaleField(style);
            field.setPosition(step.answer().style(style.id()));
            field.setReadOnly(session.submitted());
            field.onChoose(position -> {
                save(() -> interviews.markStyle(session.id(), step.question().id(), style.id(),
                        field.toggled(position)));
                field.setPosition(answerOf(step.question().id()).style(style.id()));
            });
            block.add(field);
        }
        return block;
    }

    private AnswerRecord answerOf(String questionId) {
        return session.steps().stream().filter(s -> s.question().id().equals(questionId)).findFirst()
                .orElseThrow().answer();
    }

    private Div flags(InterviewSession.Step step) {
        Div block = new Div();
        block.addClassName("rop-block");
        if (step.redFlags().isEmpty()) {
            return block;
        }
        block.add(new Span(getTranslation("interview.red-flags")));
        for (RedFlag flag : step.redFlags()) {
            Checkbox box = new Checkbox(flag.label(), step.answer().redFlags().contains(flag.id()));
            box.setTooltipText(flag.description());
            box.setId("flag-" + flag.id());
            box.addClassName("rop-flag");
            box.setReadOnly(session.submitted());
            box.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    save(() -> interviews.flag(session.id(), step.question().id(), flag.id(), e.getValue()));
                }
            });
            block.add(box);
        }
        return block;
    }

    private void skipCurrent() {
        String questionId = session.steps().get(current).question().id();
        save(() -> interviews.skip(session.id(), questionId));
        show(current + 1);
    }

    /** Saves and refreshes what depends on the answer (navigator, progress) without rebuilding the card. */
    private void save(Supplier<AnswerRecord> change) {
        try {
            AnswerRecord answer = change.get();
            replaceAnswer(answer);
            saved.setText(getTranslation("interview.saved", Formats.time(Instant.now(), getLocale())));
            navigator.show(session.steps(), current);
            progress.setValue((double) session.scoredCount() / session.steps().size());
        } catch (UserFacingException e) {
            Notifications.refused(this, e);
        }
    }

    private void replaceAnswer(AnswerRecord answer) {
        List<InterviewSession.Step> steps = new ArrayList<>(session.steps());
        for (int i = 0; i < steps.size(); i++) {
            InterviewSession.Step step = steps.get(i);
            if (step.question().id().equals(answer.questionId())) {
                steps.set(i, step.withAnswer(answer));
            }
        }
        session = new InterviewSession(session.id(), session.candidateId(), session.candidateName(),
                session.vacancyId(), session.vacancyTitle(), session.status(), current, session.plannedMinutes(),
                session.startedAt(), session.conclusion(), List.copyOf(steps));
    }

    @Override
    public String getPageTitle() {
        return title.getText().isEmpty() ? getTranslation("interview.page") : title.getText();
    }
}
