package ru.rop.portal.interview;

import java.util.List;
import ru.rop.portal.classification.CompetencyRating;
import ru.rop.portal.classification.Observation;

/**
 * What the submitted interviews say about a candidate, for the profile and the report.
 *
 * @param blinded the viewer's own interview is still open, so the others' evidence is withheld
 * @param observations dimension evidence: scores on capabilities and style marks at their position; several raters
 *                     scoring (or marking the same style on) one question share its weight
 * @param flags each red flag raised, with who raised it on which question
 * @param quotes the notes behind the scores
 */
public record InterviewEvidence(boolean blinded, List<Observation> observations, List<CompetencyRating> ratings,
                                List<FlagFinding> flags, List<Quote> quotes, List<PanelSummary.Rater> raters) {

    public record FlagFinding(String redFlagId, String raterName, String questionId, String questionText) {
    }

    public record Quote(String competencyId, String raterName, String questionId, String questionText, int score,
                        String text) {
    }

    public static InterviewEvidence none(boolean blinded) {
        return new InterviewEvidence(blinded, List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
