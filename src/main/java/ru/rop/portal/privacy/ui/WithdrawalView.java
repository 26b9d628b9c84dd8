package ru.rop.portal.privacy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import ru.rop.portal.common.UserFacingException;
import ru.rop.portal.common.ui.BrowserDraft;
import ru.rop.portal.privacy.ConsentWithdrawal;
import ru.rop.portal.privacy.ConsentWithdrawals;

/**
 * Where the candidate withdraws the consent through their link: what will happen, in plain words, a confirmation,
 * and then the data is gone. Works after the assessment was completed and after its link expired.
 */
@Route(value = "a/:token/withdraw", autoLayout = false)
@AnonymousAllowed
public class WithdrawalView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ConsentWithdrawals assessments;
    private final Div page = new Div();
    private String token;
    private String title = "";

    public WithdrawalView(ConsentWithdrawals assessments) {
        this.assessments = assessments;
        addClassName("rop-assess");
        page.addClassName("rop-assess-page");
        add(page, PrivacyView.footer());
    }

    /** The page's address for a token, relative to the application's base. */
    public static String path(String token) {
        return "a/" + token + "/withdraw";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        // Checked before the link, as in AssessmentLinkFilter: a refused address sees this page for any link.
        if (assessments.throttled(address())) {
            show("assessment-throttled", "assessment.throttled.title", "assessment.throttled.text");
            return;
        }
        Optional<ConsentWithdrawal> withdrawal = assessments.withdrawal(token, address());
        if (withdrawal.isPresent()) {
            explain(withdrawal.get());
        } else if (assessments.throttled(address())) {
            show("assessment-throttled", "assessment.throttled.title", "assessment.throttled.text");
        } else {
            show("withdrawal-invalid", "withdrawal.invalid.title", "withdrawal.invalid.text");
        }
    }

    private void explain(ConsentWithdrawal withdrawal) {
        title = getTranslation("withdrawal.title");
        page.removeAll();
        Paragraph lead = new Paragraph(getTranslation(withdrawal.consented() ? "withdrawal.lead"
                : "withdrawal.lead.no-consent", withdrawal.companyName(), withdrawal.position()));
        UnorderedList erased = new UnorderedList(new ListItem(getTranslation("withdrawal.erased.card")),
                new ListItem(getTranslation("withdrawal.erased.answers")),
                new ListItem(getTranslation("withdrawal.erased.interviews")),
                new ListItem(getTranslation("withdrawal.erased.consent")));
        Paragraph kept = new Paragraph(getTranslation("withdrawal.kept"));
        kept.addClassName("rop-muted");
        Paragraph warning = new Paragraph(getTranslation("withdrawal.final"));
        warning.addClassName("rop-warning-text");
        Button confirm = new Button(getTranslation("withdrawal.confirm"), e -> withdraw());
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_LARGE);
        confirm.setId("withdrawal-confirm");
        confirm.setDisableOnClick(true);
        confirm.addClassName("rop-assess-wide-button");
        Paragraph back = new Paragraph(getTranslation("withdrawal.back"));
        back.addClassName("rop-muted");
        Div card = card(new H1(title), lead, new Paragraph(getTranslation("withdrawal.erased")), erased, kept,
                warning, confirm, back);
        card.setId("withdrawal");
        page.add(card);
    }

    private void withdraw() {
        try {
            assessments.withdraw(token);
        } catch (UserFacingException e) {
            show("withdrawal-invalid", "withdrawal.invalid.title", "withdrawal.invalid.text");
            return;
        }
        // Drafts of case answers kept in this browser are the candidate's data too.
        BrowserDraft.forgetAll(UI.getCurrent());
        show("withdrawal-done", "withdrawal.done.title", "withdrawal.done.text");
    }

    private void show(String id, String titleKey, String textKey) {
        title = getTranslation(titleKey);
        page.removeAll();
        Div card = card(new H1(title), new Paragraph(getTranslation(textKey)));
        card.setId(id);
        page.add(card);
    }

    private static Div card(Component... content) {
        Div card = new Div(content);
        card.addClassName("rop-assess-card");
        return card;
    }

    private static String address() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? null : request.getRemoteAddr();
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("withdrawal.title") : title;
    }
}
