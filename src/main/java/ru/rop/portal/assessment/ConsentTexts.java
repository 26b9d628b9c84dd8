package ru.rop.portal.assessment;

import java.util.Map;
import org.springframework.stereotype.Component;
import ru.rop.portal.candidate.CandidateLookup;
import ru.rop.portal.candidate.CandidateSummary;
import ru.rop.portal.common.PrivacyProperties;
import ru.rop.portal.common.content.TextTemplates;
import ru.rop.portal.vacancy.VacancyHeading;
import ru.rop.portal.vacancy.VacancyLookup;
import ru.rop.portal.vacancy.VacancySummary;

/** The consent of templates/consent/consent.yaml in its current version, written out for one candidate. */
@Component
class ConsentTexts {

    private final AssessmentLibrary library;
    private final TextTemplates templates;
    private final CandidateLookup candidates;
    private final VacancyLookup vacancies;
    private final int retentionDays;

    ConsentTexts(AssessmentLibrary library, TextTemplates templates, CandidateLookup candidates,
                 VacancyLookup vacancies, PrivacyProperties privacy) {
        this.library = library;
        this.templates = templates;
        this.candidates = candidates;
        this.vacancies = vacancies;
        this.retentionDays = privacy.retentionDays();
    }

    /**
     * The consent to show on the candidate's link. Once given in this version, the words kept with it: the same
     * text without writing it out again on every step.
     */
    AssessmentPlan.Consent current(Invitation invitation, String candidateName, VacancyHeading vacancy) {
        ConsentText consent = library.consent();
        String text = invitation.consented() && consent.version().equals(invitation.getConsentVersion())
                && invitation.getConsentText() != null ? invitation.getConsentText()
                : render(consent, candidateName, vacancy.companyName(), vacancy.title(),
                invitation.getEmailSentAt() != null);
        return new AssessmentPlan.Consent(consent.version(), consent.title(), text);
    }

    /** The consent given through the invitation, with its words: kept since they were, else recovered. */
    ConsentRecord record(Invitation invitation) {
        String text = invitation.getConsentText() != null ? invitation.getConsentText()
                : recovered(invitation.getCandidateId(), invitation.getConsentVersion(),
                invitation.getConsentTextHash(), invitation.getEmailSentAt() != null);
        return new ConsentRecord(invitation.getConsentVersion(), invitation.getConsentAt(),
                invitation.getConsentAddress(), text, invitation.getConsentTextHash());
    }

    /**
     * The words of a consent recorded before the text itself was kept, from the file of its version — only when
     * they are, by the recorded hash, exactly what was agreed to (a renamed vacancy changes them); else null.
     */
    String recovered(long candidateId, String version, String hash, boolean emailed) {
        if (hash == null) {
            return null;
        }
        return library.consent(version).map(consent -> render(consent, candidateId, emailed))
                .filter(text -> AssessmentTokens.hash(text).equals(hash)).orElse(null);
    }

    private String render(ConsentText consent, long candidateId, boolean emailed) {
        CandidateSummary candidate = candidates.find(candidateId).orElseThrow();
        VacancySummary vacancy = vacancies.find(candidate.vacancyId()).orElseThrow();
        return render(consent, candidate.fullName(), vacancy.companyName(), vacancy.title(), emailed);
    }

    /** @param emailed whether the invitation went by e-mail: only then can the text point to a link in it */
    private String render(ConsentText consent, String candidateName, String company, String position,
                          boolean emailed) {
        return templates.renderText(ConsentText.FILE, consent.text(), Map.of("company", company,
                "candidate", candidateName, "position", position, "retentionDays", retentionDays,
                "emailed", emailed));
    }
}
