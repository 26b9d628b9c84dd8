package ru.rop.portal.assessment;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.springframework.stereotype.Component;
import ru.rop.portal.common.AppI18NProvider;
import ru.rop.portal.common.content.TextTemplates;
import ru.rop.portal.common.mail.Mailer;

/** The assessment's e-mails, written from the templates in {@code templates/mail/}. */
@Component
class InvitationMails {

    static final String INVITATION_SUBJECT = "mail/invitation-subject.ftl";
    static final String INVITATION = "mail/invitation.ftl";
    static final String COMPLETED_SUBJECT = "mail/assessment-completed-subject.ftl";
    static final String COMPLETED = "mail/assessment-completed.ftl";
    /** With the zone, since the reader may live elsewhere than the server. */
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm z",
            AppI18NProvider.RUSSIAN).withZone(ZoneId.systemDefault());

    private final Mailer mailer;
    private final TextTemplates templates;
    private final AppI18NProvider i18n;

    InvitationMails(Mailer mailer, TextTemplates templates, AppI18NProvider i18n) {
        this.mailer = mailer;
        this.templates = templates;
        this.i18n = i18n;
    }

    boolean configured() {
        return mailer.configured();
    }

    /** @return whether the mail server accepted it */
    boolean invitation(String to, String candidate, String company, String position, String url,
                       String withdrawUrl, String privacyUrl, Instant expires, int minutes, int cases) {
        Map<String, Object> model = Map.ofEntries(Map.entry("candidate", candidate), Map.entry("company", company),
                Map.entry("position", position), Map.entry("url", url), Map.entry("withdrawUrl", withdrawUrl),
                Map.entry("privacyUrl", privacyUrl), Map.entry("expires", DATE.format(expires)),
                Map.entry("minutes", minutes), Map.entry("cases", cases),
                // «около 21 минуты», «около 25 минут»: the noun follows the count by the bundle's plural rules.
                Map.entry("aboutMinutes", i18n.russian("mail.about-minutes", minutes)));
        return mailer.send(to, templates.render(INVITATION_SUBJECT, model).strip(),
                templates.render(INVITATION, model));
    }

    boolean completed(String to, String candidate, String position, String url, Instant submitted) {
        Map<String, Object> model = Map.of("candidate", candidate, "position", position, "url", url,
                "submitted", DATE.format(submitted));
        return mailer.send(to, templates.render(COMPLETED_SUBJECT, model).strip(),
                templates.render(COMPLETED, model));
    }
}
