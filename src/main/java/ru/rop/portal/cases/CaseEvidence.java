package ru.rop.portal.cases;

import java.util.List;
import ru.rop.portal.classification.CompetencyRating;
import ru.rop.portal.classification.Observation;

/** What the scored cases say about a candidate, for the profile and the report. */
public record CaseEvidence(List<Observation> observations, List<CompetencyRating> ratings, List<CaseResult> results) {

    /** @param criteria in rubric order; a criterion nobody scored has a null mean */
    public record CaseResult(String caseId, String title, CaseMode mode, boolean answered,
                             List<CriterionResult> criteria) {
    }

    /** @param comments every rater's level and comment, so a report can quote the reasoning behind a number */
    public record CriterionResult(String criterionId, String label, String competencyId, Double meanLevel,
                                  List<RaterComment> comments) {
    }

    public record RaterComment(String raterName, Integer level, String comment) {
    }
}
