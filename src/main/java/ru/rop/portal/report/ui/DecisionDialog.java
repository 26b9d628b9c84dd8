package ru.rop.portal.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import ru.rop.portal.common.UserFacingException;
import ru.rop.portal.report.HiringDecision;
import ru.rop.portal.report.ProfileService;
import ru.rop.portal.report.Recommendation;

/** The owner's own recommendation over the rules', with a reason that is required. */
class DecisionDialog extends Dialog {

    private final Select<Recommendation> choice = new Select<>();
    private final TextArea reason = new TextArea();

    /** @param saved called once the decision is saved and the dialog closed */
    DecisionDialog(ProfileService profiles, long candidateId, @Nullable HiringDecision current, Runnable saved) {
        setHeaderTitle(getTranslation("profile.decision.title"));
        choice.setLabel(getTranslation("profile.decision.recommendation"));
        choice.setItems(Arrays.stream(Recommendation.values()).filter(r -> r != Recommendation.INSUFFICIENT)
                .toList());
        choice.setItemLabelGenerator(r -> r == null ? "" : getTranslation(r.labelKey()));
        choice.setId("decision-choice");
        if (current != null) {
            choice.setValue(current.recommendation());
        }
        reason.setLabel(getTranslation("profile.decision.reason"));
        reason.setMaxLength(ProfileService.MAX_REASON);
        reason.setRequired(true);
        reason.setWidthFull();
        reason.setHelperText(getTranslation("profile.decision.reason.help"));
        reason.setId("decision-reason-field");
        Button save = new Button(getTranslation("common.save"), e -> {
            try {
                profiles.decide(candidateId, choice.getValue(), reason.getValue());
                close();
                saved.run();
            } catch (UserFacingException ex) {
                refused(ex);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-decision");
        add(new Div(choice, reason));
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
        setWidth("min(34rem, 95vw)");
    }

    private void refused(UserFacingException ex) {
        if ("recommendation".equals(ex.field())) {
            choice.setInvalid(true);
            choice.setErrorMessage(getTranslation(ex.messageKey(), ex.params()));
        } else {
            reason.setInvalid(true);
            reason.setErrorMessage(getTranslation(ex.messageKey(), ex.params()));
        }
    }
}
