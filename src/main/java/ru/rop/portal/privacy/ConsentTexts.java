package ru.rop.portal.privacy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import ru.rop.portal.candidate.CandidateLookup;
import ru.rop.portal.candidate.CandidateSummary;
import ru.rop.portal.common.PrivacyProperties;
import ru.rop.portal.common.Sha256;
import ru.rop.portal.common.content.ContentLoader;
import ru.rop.portal.common.content.TextTemplates;
import ru.rop.portal.vacancy.VacancyLookup;
import ru.rop.portal.vacancy.VacancySummary;

/**
 * The consent of templates/consent/consent.yaml and every earlier version of it, checked at start-up, written out
 * for one candidate. Whoever records a consent keeps the version, the words and their hash; this says what they were.
 */
@Component
public class ConsentTexts {

    private final TextTemplates templates;
    private final CandidateLookup candidates;
    private final VacancyLookup vacancies;
    private final int retentionDays;
    private final ConsentText current;
    /** Every version of the consent by its version string, the current one included. */
    private final Map<String, ConsentText> versions;

    public ConsentTexts(ContentLoader loader, TextTemplates templates, CandidateLookup candidates, VacancyLookup vacancies,
                 PrivacyProperties privacy) {
        this.templates = templates;
        this.candidates = candidates;
        this.vacancies = vacancies;
        this.retentionDays = privacy.retentionDays();
        this.current = loader.load(ConsentText.FILE, ConsentText.class, (content, checks) -> { });
        templates.checkText(ConsentText.FILE, current.text());
        Map<String, ConsentText> all = new LinkedHashMap<>();
        all.put(current.version(), current);
        for (String version : current.previousVersions()) {
            String file = ConsentText.previousFile(version);
            ConsentText previous = loader.load(file, ConsentText.class, (content, checks) -> {
                if (!content.version().equals(version)) {
                    checks.problem("version", "the file of version '" + version + "' says '"
                            + content.version() + "'");
                }
            });
            templates.checkText(file, previous.text());
            all.put(version, previous);
        }
        this.versions = Map.copyOf(all);
    }

    /** The version a candidate agrees to today. */
    public String version() {
        return current.version();
    }

    public String title() {
        return current.title();
    }

    /** @param emailed whether the invitation went by e-mail: only then can the text point to a link in it */
    public String render(String candidateName, String company, String position, boolean emailed) {
        return render(current, candidateName, company, position, emailed);
    }

    /**
     * The words of a consent recorded before the text itself was kept, from the file of its version — only when
     * they are, by the recorded hash, exactly what was agreed to (a renamed vacancy changes them); else null.
     */
    public @Nullable String recovered(long candidateId, @Nullable String version, @Nullable String hash,
                                      boolean emailed) {
        if (hash == null || version == null) {
            return null;
        }
        return Optional.ofNullable(versions.get(version)).map(consent -> render(consent, candidateId, emailed))
                .filter(text -> Sha256.hex(text).equals(hash)).orElse(null);
    }

    private String render(ConsentText consent, long candidateId, boolean emailed) {
        CandidateSummary candidate = candidates.find(candidateId).orElseThrow();
        VacancySummary vacancy = vacancies.find(candidate.vacancyId()).orElseThrow();
        return render(consent, candidate.fullName(), vacancy.companyName(), vacancy.title(), emailed);
    }

    private String render(ConsentText consent, String candidateName, String company, String position,
                          boolean emailed) {
        return templates.renderText(ConsentText.FILE, consent.text(), Map.of("company", company,
                "candidate", candidateName, "position", position, "retentionDays", retentionDays,
                "emailed", emailed));
    }
}
