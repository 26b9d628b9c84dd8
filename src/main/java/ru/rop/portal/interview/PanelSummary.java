package ru.rop.portal.interview;

import java.time.Instant;
import java.util.List;

/**
 * The panel's submitted interviews side by side, per competency.
 *
 * @param blinded true while the viewer's own interview is not submitted: then nothing of the others is shown, and
 *                the only rater is the viewer with the scores of their open interview
 */
public record PanelSummary(boolean blinded, List<Rater> raters, List<Row> rows) {

    /** @param submittedAt and {@code conclusion}: null for the viewer's own interview while it is open */
    public record Rater(String name, Instant submittedAt, String conclusion) {
    }

    /**
     * @param scores each rater's mean on the competency's questions, in the order of {@code raters}; null where a
     *               rater scored none
     * @param spread highest minus lowest score, null with fewer than two
     * @param disagreement the spread is at least {@link InterviewService#DISAGREEMENT}: discuss the evidence
     */
    public record Row(String competencyId, String label, List<Double> scores, Double spread, boolean disagreement) {
    }
}
