package ru.rop.portal.outcomes;

import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.apache.commons.math3.stat.ranking.NaNStrategy;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;

/**
 * Spearman's rank correlation: Pearson's correlation of the ranks, tied values sharing the average of their ranks
 * (owner ratings and the advice tie often). Commons Math does the ranking and the arithmetic.
 */
final class RankCorrelation {

    private static final SpearmansCorrelation SPEARMAN =
            new SpearmansCorrelation(new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE));

    private RankCorrelation() {
    }

    /** @return null when fewer than two pairs or either side has one value only (no ranking to compare) */
    static Double spearman(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("Pairs of unequal length: " + x.length + " and " + y.length);
        }
        if (x.length < 2) {
            return null;
        }
        double rho = SPEARMAN.correlation(x, y);
        return Double.isNaN(rho) ? null : rho;
    }
}
