package ru.rop.portal.outcomes;

import java.util.List;

/**
 * Whether the assessment predicted the outcomes, as {@code GET /api/v1/validity} answers.
 *
 * @param hires hired people with a frozen prediction and at least one recorded outcome
 * @param enough at least {@link ValidityService#MIN_HIRES} such hires: below that no correlation is given at all
 */
public record Validity(int hires, boolean enough, List<Predictor> predictors, List<TypeOutcome> byType) {

    /**
     * One predictor against one outcome.
     *
     * @param id {@code mean}, {@code advice}, {@code clear}, {@code role:<RoleId>} or {@code competency:<id>}
     * @param n hires for whom both the predictor and the outcome are known
     * @param spearman Spearman's rank correlation, null when there are too few hires or either side never varies
     * @param outcome {@code planAttainmentPct} or {@code ownerRating}
     */
    public record Predictor(String id, String label, int n, Double spearman, String outcome) {
    }

    /**
     * @param type the type predicted at the hire ({@code RopTypeId} name), null for hires without one
     */
    public record TypeOutcome(String type, int hires, double medianPlanAttainmentPct) {
    }
}
