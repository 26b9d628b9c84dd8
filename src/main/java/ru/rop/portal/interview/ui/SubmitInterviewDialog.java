package ru.rop.portal.interview.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import ru.rop.portal.common.Routes;
import ru.rop.portal.common.UserFacingException;
import ru.rop.portal.common.ui.Notifications;
import ru.rop.portal.interview.InterviewService;
import ru.rop.portal.interview.InterviewSession;

/** Ends an interview with the interviewer's conclusion, then opens the panel with the colleagues' scores. */
class SubmitInterviewDialog extends Dialog {

    SubmitInterviewDialog(InterviewService interviews, InterviewSession session) {
        setHeaderTitle(getTranslation("interview.submit.title"));
        long unscored = session.steps().size() - session.scoredCount();
        Paragraph summary = new Paragraph(getTranslation("interview.submit.summary", session.scoredCount(),
                session.steps().size(), unscored));
        TextArea conclusion = new TextArea(getTranslation("interview.conclusion"));
        conclusion.setMaxLength(InterviewService.MAX_CONCLUSION);
        conclusion.setRequired(true);
        conclusion.setWidthFull();
        conclusion.setHelperText(getTranslation("interview.conclusion.help"));
        conclusion.setId("conclusion");
        Button submit = new Button(getTranslation("interview.submit"), e -> {
            try {
                interviews.submit(session.id(), conclusion.getValue());
                close();
                Notifications.success(this, "interview.submitted.done");
                UI.getCurrent().navigate(Routes.candidatePanel(session.candidateId()));
            } catch (UserFacingException ex) {
                conclusion.setInvalid(true);
                conclusion.setErrorMessage(getTranslation(ex.messageKey(), ex.params()));
            }
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("submit-interview");
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        add(new Div(summary, conclusion));
        getFooter().add(cancel, submit);
        setWidth("32rem");
    }
}
