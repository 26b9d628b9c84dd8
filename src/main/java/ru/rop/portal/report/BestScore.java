package ru.rop.portal.report;

import java.util.List;
import java.util.OptionalInt;

/**
 * Which score of a comparison row is the best, the same on the screen and on paper. A lone score beside candidates
 * without data is not «best» (there is nothing to compare it with), and neither is a shared maximum.
 */
public final class BestScore {

    private BestScore() {
    }

    /** @param scores one per candidate, {@code null} where the candidate has no data for the row */
    public static OptionalInt of(List<Double> scores) {
        int best = -1;
        int known = 0;
        boolean tied = false;
        for (int i = 0; i < scores.size(); i++) {
            Double score = scores.get(i);
            if (score == null) {
                continue;
            }
            known++;
            if (best < 0 || score > scores.get(best)) {
                best = i;
                tied = false;
            } else if (score.equals(scores.get(best))) {
                tied = true;
            }
        }
        return known >= 2 && !tied ? OptionalInt.of(best) : OptionalInt.empty();
    }
}
