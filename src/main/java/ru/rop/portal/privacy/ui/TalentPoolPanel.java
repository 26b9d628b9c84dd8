package ru.rop.portal.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;
import ru.rop.portal.common.UserFacingException;
import ru.rop.portal.privacy.TalentPoolOffer;
import ru.rop.portal.privacy.TalentPoolService;

/**
 * The separate, optional consent to the talent pool on the completion page: unticked, with its own text, given or
 * withdrawn here with the same link. Declining is doing nothing.
 */
public class TalentPoolPanel extends Div {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy")
            .withZone(ZoneId.systemDefault());

    private final TalentPoolService pool;
    private final String token;
    private final Supplier<String> address;

    public TalentPoolPanel(TalentPoolService pool, String token, Supplier<String> address, TalentPoolOffer offer) {
        this.pool = pool;
        this.token = token;
        this.address = address;
        setId("talent-pool");
        addClassName("rop-talent-pool");
        show(offer);
    }

    private void show(TalentPoolOffer offer) {
        removeAll();
        add(new H2(getTranslation("talent-pool.title")));
        if (offer.member() != null) {
            Paragraph member = new Paragraph(getTranslation("talent-pool.member", DATE.format(offer.member())));
            member.setId("talent-pool-member");
            Button withdraw = new Button(getTranslation("talent-pool.withdraw"), e -> confirmWithdrawal());
            withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            withdraw.setId("talent-pool-withdraw");
            add(member, withdraw);
            return;
        }
        Paragraph lead = new Paragraph(getTranslation("talent-pool.lead", offer.months()));
        Div text = new Div();
        text.addClassName("rop-consent-text");
        for (String paragraph : offer.text().split("\\n\\s*\\n")) {
            text.add(new Paragraph(paragraph.strip()));
        }
        Span version = new Span(getTranslation("assessment.consent.version", offer.version()));
        version.addClassName("rop-muted");
        Details details = new Details(offer.title(), new Div(text, version));
        details.setId("talent-pool-text");
        Checkbox agree = new Checkbox(getTranslation("talent-pool.agree", offer.months()));
        agree.setId("talent-pool-agree");
        Button join = new Button(getTranslation("talent-pool.join"));
        join.setEnabled(false);
        join.setId("talent-pool-join");
        agree.addValueChangeListener(e -> join.setEnabled(e.getValue()));
        join.addClickListener(e -> act(() -> pool.join(token, address.get(), offer.version())));
        Paragraph optional = new Paragraph(getTranslation("talent-pool.optional"));
        optional.addClassName("rop-muted");
        add(lead, details, agree, join, optional);
    }

    private void confirmWithdrawal() {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("talent-pool.withdraw.title"),
                getTranslation("talent-pool.withdraw.text"), getTranslation("talent-pool.withdraw"),
                e -> act(() -> pool.withdraw(token)));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.open();
    }

    private void act(Supplier<TalentPoolOffer> action) {
        try {
            show(action.get());
        } catch (UserFacingException e) {
            // A changed text is shown again to be read; a link that stopped working says so in place.
            pool.offer(token).ifPresentOrElse(this::show, this::removeAll);
            Paragraph problem = new Paragraph(getTranslation(e.messageKey(), e.params()));
            problem.addClassName("rop-warning-text");
            add(problem);
        }
    }
}
