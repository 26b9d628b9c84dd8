package ru.rop.portal.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.rop.portal.IntegrationTest;
import ru.rop.portal.classification.RopModel;
import ru.rop.portal.common.AppI18NProvider;

/** The validity answer for hand-made hires: the correlations, their n, the too-few state and plan by type. */
@IntegrationTest
class ValidityAnalysisTest {

    @Autowired
    RopModel model;
    @Autowired
    AppI18NProvider i18n;

    private static ValidityAnalysis.Case hire(String type, String certainty, String advice, Double mean,
                                              double plan, int rating) {
        return new ValidityAnalysis.Case(
                new Prediction(type, certainty, advice, mean, false,
                        mean == null ? Map.of() : Map.of("EXPERIENCE", mean), Map.of()),
                new OutcomeRecord(6, plan, 10, 5, true, rating, null, "owner", Instant.EPOCH));
    }

    private static Validity.Predictor predictor(Validity validity, String id, String outcome) {
        return validity.predictors().stream().filter(p -> p.id().equals(id) && p.outcome().equals(outcome))
                .findFirst().orElseThrow();
    }

    @Test
    void fiveHiresGiveEachPredictorItsRankCorrelationWithItsN() {
        List<ValidityAnalysis.Case> cases = List.of(
                hire("CEO_DREAM", "CLEAR", "STRONG_YES", 4.5, 130, 5),
                hire("CEO_DREAM", "BLEND", "YES", 4.0, 110, 4),
                hire("AUTOCRAT", "CLEAR", "YES", 3.5, 120, 3),
                hire("BUSY_BEE", "PRELIMINARY", "NO", 3.0, 80, 3),
                hire("SOUL_OF_COMPANY", "CLEAR", "NO", 2.5, 70, 2),
                hire(null, null, "INSUFFICIENT", null, 90, 2));
        Validity validity = new ValidityAnalysis(model, i18n).validity(cases);

        assertThat(validity.hires()).isEqualTo(6);
        assertThat(validity.enough()).isTrue();
        // mean (4.5, 4, 3.5, 3, 2.5) ranks (5, 4, 3, 2, 1); plan (130, 110, 120, 80, 70) ranks (5, 3, 4, 2, 1):
        // d = (0, 1, −1, 0, 0), Σd² = 2, ρ = 1 − 12/120 = 0.9; the sixth hire has no mean and is not counted
        Validity.Predictor mean = predictor(validity, "mean", "planAttainmentPct");
        assertThat(mean.n()).isEqualTo(5);
        assertThat(mean.spearman()).isCloseTo(0.9, within(1e-12));
        assertThat(mean.label()).isEqualTo("Средний балл компетенций");
        // rating (5, 4, 3, 3, 2) ranks (5, 4, 2.5, 2.5, 1), mean ranks (5, 4, 3, 2, 1): deviations from 3 are
        // (2, 1, 0, −1, −2) and (2, 1, −0.5, −0.5, −2); Σxy = 9.5, Σx² = 10, Σy² = 9.5; ρ = 9.5/√95 ≈ 0.9747
        assertThat(predictor(validity, "mean", "ownerRating").spearman())
                .isCloseTo(9.5 / Math.sqrt(95), within(1e-12));
        // advice (4, 3, 3, 2, 2) against plan: ranks (5, 3.5, 3.5, 1.5, 1.5) and (5, 3, 4, 2, 1);
        // deviations (2, 0.5, 0.5, −1.5, −1.5) and (2, 0, 1, −1, −2): Σxy = 9, Σx² = 9, Σy² = 10; ρ = 9/√90
        assertThat(predictor(validity, "advice", "planAttainmentPct").spearman())
                .isCloseTo(9 / Math.sqrt(90), within(1e-12));
        assertThat(predictor(validity, "competency:EXPERIENCE", "planAttainmentPct").spearman())
                .isCloseTo(0.9, within(1e-12));
        // no role score was known for anyone: n = 0 and no correlation
        assertThat(predictor(validity, "role:MANAGER", "planAttainmentPct").n()).isZero();
        assertThat(predictor(validity, "role:MANAGER", "planAttainmentPct").spearman()).isNull();

        assertThat(validity.byType()).extracting(Validity.TypeOutcome::type, Validity.TypeOutcome::hires,
                        Validity.TypeOutcome::medianPlanAttainmentPct)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("AUTOCRAT", 1, 120.0),
                        org.assertj.core.groups.Tuple.tuple("BUSY_BEE", 1, 80.0),
                        org.assertj.core.groups.Tuple.tuple("CEO_DREAM", 2, 120.0),
                        org.assertj.core.groups.Tuple.tuple("SOUL_OF_COMPANY", 1, 70.0),
                        org.assertj.core.groups.Tuple.tuple(null, 1, 90.0));
    }

    @Test
    void belowFiveHiresNothingIsCorrelatedButTheCountsStay() {
        List<ValidityAnalysis.Case> cases = new ArrayList<>(List.of(
                hire("CEO_DREAM", "CLEAR", "STRONG_YES", 4.5, 130, 5),
                hire("AUTOCRAT", "CLEAR", "YES", 3.5, 120, 3),
                hire("BUSY_BEE", "PRELIMINARY", "NO", 3.0, 80, 3),
                hire("SOUL_OF_COMPANY", "CLEAR", "NO", 2.5, 70, 2)));
        Validity validity = new ValidityAnalysis(model, i18n).validity(cases);

        assertThat(validity.hires()).isEqualTo(4);
        assertThat(validity.enough()).isFalse();
        assertThat(validity.predictors()).allSatisfy(p -> assertThat(p.spearman()).isNull());
        assertThat(predictor(validity, "mean", "planAttainmentPct").n()).isEqualTo(4);
        assertThat(validity.byType()).hasSize(4);
    }
}
