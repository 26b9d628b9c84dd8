package ru.rop.portal.candidate.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import ru.rop.portal.candidate.CandidateForm;
import ru.rop.portal.candidate.CandidateService;
import ru.rop.portal.candidate.CandidateSummary;
import ru.rop.portal.candidate.DuplicateCandidateException;
import ru.rop.portal.common.Routes;
import ru.rop.portal.common.UserFacingException;
import ru.rop.portal.common.ui.Notifications;

/**
 * Adds a candidate to the vacancy. A duplicate is refused at its field with a link to the candidate already there,
 * so HR opens that one instead of typing the person in twice.
 */
class NewCandidateDialog extends Dialog {

    /** @param onCreated refreshes the pipeline once the candidate is added */
    NewCandidateDialog(CandidateService candidates, long vacancyId, Runnable onCreated) {
        setHeaderTitle(getTranslation("pipeline.add"));
        CandidateFields fields = new CandidateFields();
        fields.read(CandidateForm.blank(vacancyId));
        Div problem = new Div();
        problem.addClassName("rop-form-error");
        problem.setId("candidate-error");
        Button save = new Button(getTranslation("common.save"), click -> {
            problem.removeAll();
            try {
                CandidateSummary created = candidates.create(fields.write());
                close();
                Notifications.success(this, "pipeline.added", created.fullName());
                onCreated.run();
            } catch (DuplicateCandidateException e) {
                fields.showAtField(UserFacingException.forField(e.duplicatedField(), e.messageKey(), e.params()));
                Button existing = new Button(getTranslation("pipeline.open-existing"),
                        open -> getUI().ifPresent(ui -> ui.navigate(Routes.candidate(e.existingId()))));
                existing.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                existing.setId("open-existing");
                problem.add(new Span(getTranslation(e.messageKey(), e.params())), existing);
            } catch (UserFacingException e) {
                if (!fields.showAtField(e)) {
                    problem.setText(getTranslation(e.messageKey(), e.params()));
                }
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-candidate");
        add(fields, problem);
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), save);
        setWidth("min(44rem, 95vw)");
    }
}
