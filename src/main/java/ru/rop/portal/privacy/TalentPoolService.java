package ru.rop.portal.privacy;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.rop.portal.candidate.CandidateDeleted;
import ru.rop.portal.candidate.CandidateLookup;
import ru.rop.portal.candidate.CandidateSummary;
import ru.rop.portal.common.PrivacyProperties;
import ru.rop.portal.common.Sha256;
import ru.rop.portal.common.UserFacingException;
import ru.rop.portal.common.content.ContentLoader;
import ru.rop.portal.common.content.TextTemplates;
import ru.rop.portal.security.Roles;
import ru.rop.portal.vacancy.VacancyLookup;
import ru.rop.portal.vacancy.VacancySummary;

/**
 * The talent pool (кадровый резерв): a separate, optional consent offered on the completion page of the candidate's
 * link, given, declined or withdrawn there through the token, and shown to HR on the card. While it stands, the
 * candidate's data outlives the usual retention after the hiring decision until its term ends.
 */
@Service
public class TalentPoolService {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy")
            .withZone(ZoneId.systemDefault());

    private final TalentPoolConsentRepository consents;
    private final SubmittedLinks links;
    private final CandidateLookup candidates;
    private final VacancyLookup vacancies;
    private final TextTemplates templates;
    private final Clock clock;
    private final TalentPoolText text;
    private final int months;

    TalentPoolService(TalentPoolConsentRepository consents, SubmittedLinks links,
                      CandidateLookup candidates, VacancyLookup vacancies, ContentLoader loader,
                      TextTemplates templates, Clock clock,
                      PrivacyProperties privacy) {
        this.consents = consents;
        this.links = links;
        this.candidates = candidates;
        this.vacancies = vacancies;
        this.templates = templates;
        this.clock = clock;
        this.months = privacy.talentPoolMonths();
        this.text = loader.load(TalentPoolText.FILE, TalentPoolText.class, (content, checks) -> { });
        templates.checkText(TalentPoolText.FILE, text.text());
    }

    /** The offer behind a submitted assessment's link; empty for a link that opens nothing or is not submitted. */
    @Transactional(readOnly = true)
    public Optional<TalentPoolOffer> offer(String token) {
        return links.submittedCandidate(token, false).map(this::offer);
    }

    /**
     * Records the consent to the words the candidate was shown, with the address and the end of the term.
     *
     * @throws UserFacingException {@code talent-pool.changed} when the text changed since it was shown,
     *                             {@code assessment.link.invalid} for a link that no longer opens
     */
    @Transactional
    public TalentPoolOffer join(String token, String address, String version) {
        long candidateId = links.submittedCandidate(token, true)
                .orElseThrow(() -> new UserFacingException("assessment.link.invalid"));
        if (!text.version().equals(version)) {
            throw new UserFacingException("talent-pool.changed");
        }
        Instant now = clock.instant();
        TalentPoolConsent consent = consents.findByCandidateId(candidateId)
                .orElseGet(() -> new TalentPoolConsent(candidateId));
        // The hash ties the record to the exact words agreed to, whatever the file says later.
        consent.give(version, Sha256.hex(render(candidateId, now)), address == null ? "" : address,
                now, until(now));
        consents.save(consent);
        return offer(candidateId);
    }

    /** The candidate withdraws the consent (or takes back a tick given by mistake); the record keeps when. */
    @Transactional
    public TalentPoolOffer withdraw(String token) {
        long candidateId = links.submittedCandidate(token, true)
                .orElseThrow(() -> new UserFacingException("assessment.link.invalid"));
        consents.findByCandidateId(candidateId).ifPresent(consent -> {
            consent.withdraw(clock.instant());
            consents.save(consent);
        });
        return offer(candidateId);
    }

    /** The candidate's talent-pool consent, standing or withdrawn, for the card. */
    @RolesAllowed(Roles.HR)
    @Transactional(readOnly = true)
    public Optional<TalentPoolEntry> entry(long candidateId) {
        return consents.findByCandidateId(candidateId).map(TalentPoolConsent::toEntry);
    }

    @EventListener
    void onCandidateDeleted(CandidateDeleted event) {
        consents.findByCandidateId(event.candidateId()).ifPresent(consents::delete);
    }

    private TalentPoolOffer offer(long candidateId) {
        Instant now = clock.instant();
        Instant member = consents.findByCandidateId(candidateId).map(TalentPoolConsent::toEntry)
                .filter(TalentPoolEntry::valid).map(TalentPoolEntry::until).filter(now::isBefore).orElse(null);
        return new TalentPoolOffer(text.version(), text.title(), render(candidateId, now), months, member);
    }

    private String render(long candidateId, Instant now) {
        CandidateSummary candidate = candidates.find(candidateId).orElseThrow();
        VacancySummary vacancy = vacancies.find(candidate.vacancyId()).orElseThrow();
        return templates.renderText(TalentPoolText.FILE, text.text(), Map.of("company", vacancy.companyName(),
                "candidate", candidate.fullName(), "position", vacancy.title(), "months", months,
                "until", DATE.format(until(now))));
    }

    private Instant until(Instant from) {
        return from.atZone(ZoneId.systemDefault()).plusMonths(months).toInstant();
    }
}
