package ru.rop.portal.assessment;

import org.springframework.stereotype.Component;
import ru.rop.portal.privacy.ConsentRecord;
import ru.rop.portal.privacy.ConsentTexts;
import ru.rop.portal.vacancy.VacancyHeading;

/** The consent as the candidate's link shows it and as the invitation recorded it. */
@Component
class InvitationConsents {

    private final ConsentTexts texts;

    InvitationConsents(ConsentTexts texts) {
        this.texts = texts;
    }

    /** The version a candidate agrees to today. */
    String version() {
        return texts.version();
    }

    /**
     * The consent to show on the candidate's link. Once given in this version, the words kept with it: the same
     * text without writing it out again on every step.
     */
    AssessmentPlan.Consent current(Invitation invitation, String candidateName, VacancyHeading vacancy) {
        String text = invitation.consented() && texts.version().equals(invitation.getConsentVersion())
                && invitation.getConsentText() != null ? invitation.getConsentText()
                : texts.render(candidateName, vacancy.companyName(), vacancy.title(),
                invitation.getEmailSentAt() != null);
        return new AssessmentPlan.Consent(texts.version(), texts.title(), text);
    }

    /** The consent given through the invitation, with its words: kept since they were, else recovered. */
    ConsentRecord record(Invitation invitation) {
        String text = invitation.getConsentText() != null ? invitation.getConsentText()
                : texts.recovered(invitation.getCandidateId(), invitation.getConsentVersion(),
                invitation.getConsentTextHash(), invitation.getEmailSentAt() != null);
        return new ConsentRecord(invitation.getConsentVersion(), invitation.getConsentAt(),
                invitation.getConsentAddress(), text, invitation.getConsentTextHash());
    }
}
