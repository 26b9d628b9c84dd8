package ru.rop.portal.candidate;

import java.util.Set;

/** A candidate as entered; {@code version} is −1 for a new one and detects a colleague's save in between. */
public record CandidateForm(long vacancyId, String fullName, String email, String phone, String city, Source source,
                            String currentPosition, String currentCompany, Integer expectedSalary, String notes,
                            Set<String> tags, long version) {

    public CandidateForm {
        tags = tags == null ? Set.of() : Set.copyOf(tags);
    }

    public static CandidateForm blank(long vacancyId) {
        return new CandidateForm(vacancyId, "", "", null, null, null, null, null, null, null, Set.of(), -1);
    }
}
