package ru.rop.portal.candidate.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import ru.rop.portal.candidate.CandidateService;
import ru.rop.portal.candidate.CandidateSummary;
import ru.rop.portal.candidate.Stage;
import ru.rop.portal.common.UserFacingException;

/** Asks for the reason before a candidate dropped on «rejected» is moved there: a rejection needs one. */
class RejectionDialog extends Dialog {

    /** @param onRejected refreshes the board once the candidate is rejected */
    RejectionDialog(CandidateService candidates, CandidateSummary candidate, Runnable onRejected) {
        setHeaderTitle(getTranslation("pipeline.reject.title", candidate.fullName()));
        TextArea reason = new TextArea(getTranslation("pipeline.reject.reason"));
        reason.setMaxLength(500);
        reason.setWidthFull();
        reason.setId("rejection-reason");
        Button reject = new Button(getTranslation("pipeline.reject.confirm"), click -> {
            try {
                candidates.moveTo(candidate.id(), Stage.REJECTED, reason.getValue());
                close();
                onRejected.run();
            } catch (UserFacingException e) {
                reason.setErrorMessage(getTranslation(e.messageKey(), e.params()));
                reason.setInvalid(true);
            }
        });
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        reject.setId("confirm-rejection");
        add(reason);
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), reject);
        setWidth("min(30rem, 95vw)");
    }
}
