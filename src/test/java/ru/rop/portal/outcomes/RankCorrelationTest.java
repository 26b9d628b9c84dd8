package ru.rop.portal.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Spearman's ρ against values computed by hand (the working is in the comments). */
class RankCorrelationTest {

    @Test
    void withoutTiesItIsOneMinusSixSumOfSquaredRankDifferences() {
        // ranks equal the values; d = (-1, 1, -1, 1, 0), Σd² = 4; ρ = 1 − 6·4 / (5·24) = 0.8
        assertThat(RankCorrelation.spearman(new double[] {1, 2, 3, 4, 5}, new double[] {2, 1, 4, 3, 5}))
                .isCloseTo(0.8, within(1e-12));
        // the order reversed: −1; and a monotone but not linear relation is a perfect rank correlation
        assertThat(RankCorrelation.spearman(new double[] {1, 2, 3}, new double[] {30, 20, 10}))
                .isCloseTo(-1.0, within(1e-12));
        assertThat(RankCorrelation.spearman(new double[] {1, 2, 3, 4}, new double[] {1, 8, 27, 64}))
                .isCloseTo(1.0, within(1e-12));
    }

    @Test
    void tiedValuesShareTheirAverageRankAndPearsonOfTheRanksIsTaken() {
        // x = (1, 2, 2, 3) ranks (1, 2.5, 2.5, 4); y = (10, 30, 20, 40) ranks (1, 3, 2, 4); both means 2.5.
        // deviations x (−1.5, 0, 0, 1.5), y (−1.5, 0.5, −0.5, 1.5): Σxy = 4.5, Σx² = 4.5, Σy² = 5
        // ρ = 4.5 / √(4.5·5) = 3/√10 ≈ 0.9487 — the no-ties shortcut would wrongly give 0.95
        assertThat(RankCorrelation.spearman(new double[] {1, 2, 2, 3}, new double[] {10, 30, 20, 40}))
                .isCloseTo(3 / Math.sqrt(10), within(1e-12));
    }

    @Test
    void aSideThatNeverVariesOrASinglePairHasNoCorrelation() {
        assertThat(RankCorrelation.spearman(new double[] {4, 4, 4}, new double[] {1, 2, 3})).isNull();
        assertThat(RankCorrelation.spearman(new double[] {1}, new double[] {2})).isNull();
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertThat(ValidityAnalysis.median(List.of(120.0, 80.0, 100.0))).isEqualTo(100.0);
        assertThat(ValidityAnalysis.median(List.of(120.0, 80.0, 100.0, 90.0))).isEqualTo(95.0);
    }
}
