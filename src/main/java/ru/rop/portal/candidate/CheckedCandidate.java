package ru.rop.portal.candidate;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import ru.rop.portal.common.ContactRules;
import ru.rop.portal.common.FormRules;
import ru.rop.portal.common.UserFacingException;

/**
 * A candidate's form after the field rules: trimmed and bounded, tags cleaned, the phone reduced to the digits the
 * duplicate check and the search compare. Creating and editing a card apply the same rules, hence one place.
 *
 * @param form        the cleaned form
 * @param phoneDigits the phone as digits with the country code, or null when no phone was given
 */
record CheckedCandidate(CandidateForm form, String phoneDigits) {

    private static final int MAX_TAGS = 10;
    private static final int MAX_TAG_LENGTH = 40;

    /** @throws UserFacingException naming the field whose value breaks a rule */
    static CheckedCandidate of(CandidateForm form) {
        String name = FormRules.required("fullName", form.fullName(), 200);
        String email;
        try {
            email = ContactRules.checkedEmail(form.email());
        } catch (UserFacingException e) {
            throw UserFacingException.forField("email", e.messageKey());
        }
        String phoneDigits;
        try {
            phoneDigits = ContactRules.phoneDigits(form.phone()).orElse(null);
        } catch (UserFacingException e) {
            throw UserFacingException.forField("phone", e.messageKey());
        }
        Set<String> tags = new LinkedHashSet<>();
        for (String tag : form.tags()) {
            String clean = tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT);
            if (!clean.isEmpty()) {
                tags.add(FormRules.optional("tags", clean, MAX_TAG_LENGTH));
            }
        }
        if (tags.size() > MAX_TAGS) {
            throw UserFacingException.forField("tags", "candidate.tags.too-many", MAX_TAGS);
        }
        CandidateForm clean = new CandidateForm(form.vacancyId(), name, email,
                FormRules.optional("phone", form.phone(), ContactRules.MAX_PHONE_LENGTH),
                FormRules.optional("city", form.city(), 100),
                form.source(),
                FormRules.optional("currentPosition", form.currentPosition(), 200),
                FormRules.optional("currentCompany", form.currentCompany(), 200),
                FormRules.range("expectedSalary", form.expectedSalary(), 0, 100_000_000),
                FormRules.optional("notes", form.notes(), 8000),
                tags, form.version());
        return new CheckedCandidate(clean, phoneDigits);
    }
}
