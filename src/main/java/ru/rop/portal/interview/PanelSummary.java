package ru.rop.portal.interview;

import java.time.Instant;
import java.util.List;

/**
 * The panel's submitted interviews side by side, per competency.
 *
 * @param blinded true while the viewer's own interview is not submitted: then nothing of the others is shown
 */
public record PanelSummary(boolean blinded, List<Rater> raters, List<Row> rows) {

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

    public static PanelSummary hidden() {
        return new PanelSummary(true, List.of(), List.of());
    }
}
