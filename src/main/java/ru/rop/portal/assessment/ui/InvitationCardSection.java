package ru.rop.portal.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.Optional;
import ru.rop.portal.assessment.InvitationService;
import ru.rop.portal.assessment.InvitationStatus;
import ru.rop.portal.assessment.InvitationSummary;
import ru.rop.portal.assessment.IssuedInvitation;
import ru.rop.portal.candidate.CandidateCardSection;
import ru.rop.portal.candidate.CandidateSummary;
import ru.rop.portal.common.UserFacingException;
import ru.rop.portal.common.ui.Formats;
import ru.rop.portal.common.ui.Notifications;
import ru.rop.portal.common.ui.SecretDialog;
import ru.rop.portal.privacy.ConsentRecord;

/** The online assessment on the candidate card: invite, and then the link's state with resend, extend, revoke. */
@org.springframework.stereotype.Component
class InvitationCardSection implements CandidateCardSection {

    private final InvitationService invitations;

    InvitationCardSection(InvitationService invitations) {
        this.invitations = invitations;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public Component create(CandidateSummary candidate) {
        return new Panel(candidate);
    }

    private final class Panel extends Div {

        private final CandidateSummary candidate;

        Panel(CandidateSummary candidate) {
            this.candidate = candidate;
            addClassName("rop-panel");
            setId("invitation-section");
            render();
        }

        private void render() {
            removeAll();
            add(new H3(getTranslation("invitation.section")));
            Optional<InvitationSummary> current = invitations.current(candidate.id());
            current.ifPresent(this::state);
            InvitationStatus status = current.map(InvitationSummary::status).orElse(InvitationStatus.NOT_INVITED);
            IntegerField days = new IntegerField(getTranslation("invitation.days.label"));
            days.setMin(1);
            days.setMax(30);
            days.setValue(invitations.defaultDays());
            days.setStepButtonsVisible(true);
            days.setWidth("9rem");
            days.setId("invitation-days");
            switch (status) {
                case NOT_INVITED, REVOKED -> {
                    if (candidate.stage().terminal()) {
                        return;
                    }
                    Button invite = new Button(getTranslation("invitation.invite"), e -> act(() ->
                            issued(invitations.invite(candidate.id(), days.getValue()))));
                    invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                    invite.setId("invite");
                    add(row(days, invite));
                }
                case EXPIRED -> {
                    // Extending keeps the answers given; a new invitation would start the assessment over.
                    Button extend = new Button(getTranslation("invitation.extend"), e -> act(() -> {
                        invitations.extend(candidate.id(), days.getValue());
                        Notifications.success(this, "invitation.extended");
                    }));
                    extend.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                    extend.setId("extend-invitation");
                    add(row(days, extend));
                }
                case SENT, OPENED, IN_PROGRESS -> {
                    Button resend = new Button(getTranslation("invitation.resend"), e -> confirmResend());
                    resend.setId("resend-invitation");
                    Button extend = new Button(getTranslation("invitation.extend"), e -> act(() -> {
                        invitations.extend(candidate.id(), days.getValue());
                        Notifications.success(this, "invitation.extended");
                    }));
                    extend.setId("extend-invitation");
                    Button revoke = new Button(getTranslation("invitation.revoke"), e -> confirmRevoke());
                    revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                    revoke.setId("revoke-invitation");
                    add(row(days, extend), row(resend, revoke));
                }
                case COMPLETED -> { }
            }
        }

        private void state(InvitationSummary invitation) {
            Span status = new Span(invitation.status() == InvitationStatus.SENT ? sentLabel(invitation)
                    : getTranslation(invitation.status().labelKey(), invitation.percent()));
            status.addClassName(invitation.status() == InvitationStatus.COMPLETED ? "rop-chip"
                    : invitation.status() == InvitationStatus.EXPIRED
                    || invitation.status() == InvitationStatus.REVOKED ? "rop-chip-warning" : "rop-chip");
            status.setId("invitation-status");
            add(new Div(status));
            if (invitation.status() == InvitationStatus.IN_PROGRESS || invitation.status() == InvitationStatus.OPENED) {
                add(new ProgressBar(0, 100, invitation.percent()));
            }
            Paragraph details = new Paragraph(getTranslation("invitation.details",
                    Formats.dateTime(invitation.createdAt(), getLocale()),
                    Formats.dateTime(invitation.expiresAt(), getLocale()),
                    invitation.emailSentAt() == null ? getTranslation(invitations.mailConfigured()
                            ? "invitation.mail-failed" : "invitation.no-email")
                            : getTranslation("invitation.emailed", Formats.dateTime(invitation.emailSentAt(),
                            getLocale()))));
            details.addClassName("rop-muted");
            add(details);
            invitations.consent(candidate.id()).ifPresent(this::consent);
        }

        /** Says what really reached the candidate: a link nobody mailed has not been «sent». */
        private String sentLabel(InvitationSummary invitation) {
            return getTranslation(invitation.emailSentAt() != null ? "invitation.status.SENT.emailed"
                    : invitations.mailConfigured() ? "invitation.status.SENT.failed"
                    : "invitation.status.SENT.link-only");
        }

        /** The consent record: version, when, from where, and the exact words agreed to. */
        private void consent(ConsentRecord record) {
            Paragraph consent = new Paragraph(getTranslation("invitation.consent", record.version(),
                    Formats.dateTime(record.at(), getLocale()), record.address()));
            consent.addClassName("rop-muted");
            consent.setId("invitation-consent");
            Button text = new Button(getTranslation("invitation.consent.text"), e -> consentText(record));
            text.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            text.setId("consent-text");
            add(consent, text);
        }

        private void consentText(ConsentRecord record) {
            Dialog dialog = new Dialog();
            dialog.setHeaderTitle(getTranslation("invitation.consent.title", record.version()));
            Div body = new Div();
            body.addClassName("rop-consent-text");
            body.setId("consent-record-text");
            if (record.text() == null) {
                body.add(new Paragraph(getTranslation("invitation.consent.text-missing")));
            } else {
                for (String paragraph : record.text().split("\\n\\s*\\n")) {
                    body.add(new Paragraph(paragraph.strip()));
                }
            }
            Paragraph hash = new Paragraph(getTranslation("invitation.consent.hash", record.textHash()));
            hash.addClassName("rop-muted");
            dialog.add(body, hash);
            dialog.getFooter().add(new Button(getTranslation("common.close"), e -> dialog.close()));
            dialog.setMaxWidth("44rem");
            dialog.open();
        }

        private void issued(IssuedInvitation issued) {
            String explanation = issued.emailSent() ? getTranslation("invitation.issued.sent", candidate.email())
                    : issued.mailConfigured() ? getTranslation("invitation.issued.failed")
                    : getTranslation("invitation.issued.no-mail");
            new SecretDialog(getTranslation("invitation.issued.title"), explanation, issued.url()).open();
            render();
        }

        private void confirmResend() {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("invitation.resend.title"),
                    getTranslation("invitation.resend.text"), getTranslation("invitation.resend"),
                    e -> act(() -> issued(invitations.resend(candidate.id()))));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("common.cancel"));
            confirm.open();
        }

        private void confirmRevoke() {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("invitation.revoke.title"),
                    getTranslation("invitation.revoke.text"), getTranslation("invitation.revoke"), e -> act(() -> {
                        invitations.revoke(candidate.id());
                        render();
                    }));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("common.cancel"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        }

        private void act(Runnable action) {
            try {
                action.run();
                render();
            } catch (UserFacingException e) {
                Notifications.refused(this, e);
            }
        }

        private HorizontalLayout row(Component... components) {
            HorizontalLayout row = new HorizontalLayout(components);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            row.setWrap(true);
            return row;
        }
    }
}
