package ru.rop.portal.candidate;

import java.util.Set;

/** Filters of a vacancy's grid; {@code text} matches name, e-mail, phone, city, company or a tag. */
public record CandidateFilter(String text, Set<Stage> stages) {

    public static CandidateFilter none() {
        return new CandidateFilter(null, Set.of());
    }
}
