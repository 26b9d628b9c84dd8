package ru.rop.portal.candidate;

import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.data.jpa.domain.Specification;

/**
 * The queries behind the candidate list, the board and the search, as criteria: the filter's parts are optional
 * and the text matches several fields and the tags, which a derived repository method cannot say.
 */
final class CandidateSpecifications {

    private CandidateSpecifications() {
    }

    /** A vacancy's candidates, narrowed to the filter's stages and text when given. */
    static Specification<Candidate> of(long vacancyId, CandidateFilter filter) {
        Specification<Candidate> spec = (root, query, cb) -> cb.equal(root.get("vacancyId"), vacancyId);
        if (filter.stages() != null && !filter.stages().isEmpty()) {
            spec = spec.and((root, query, cb) -> root.get("stage").in(filter.stages()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            spec = spec.and(matching(filter.text().strip()));
        }
        return spec;
    }

    /** Candidates whose name, e-mail, city, company, tag or phone contains the text. */
    static Specification<Candidate> matching(String text) {
        String like = "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        String typed = text.replaceAll("\\D", "");
        // «8 912 …» and «+7 912 …» are the same Russian number; stored digits use the 7.
        String digits = typed.length() == 11 && typed.startsWith("8") ? "7" + typed.substring(1) : typed;
        return (root, query, cb) -> {
            query.distinct(true);
            List<Predicate> any = new ArrayList<>();
            Stream.of("fullName", "email", "city", "currentCompany")
                    .forEach(field -> any.add(cb.like(cb.lower(root.get(field)), like, '\\')));
            any.add(cb.like(root.join("tags", JoinType.LEFT), like, '\\'));
            if (digits.length() >= 4) {
                any.add(cb.like(root.get("phoneDigits"), "%" + digits + "%"));
            }
            return cb.or(any.toArray(Predicate[]::new));
        };
    }
}
