package ru.rop.portal.classification;

/**
 * One rater's 1–5 score of one competency from one source (an interview question, a case criterion).
 *
 * @param rater who scored it; raters count equally however many questions each scored
 */
public record CompetencyRating(String competencyId, int score, String rater, String reference) {

    public CompetencyRating {
        if (score < 1 || score > 5) {
            throw new IllegalArgumentException("A competency score is 1..5: " + score);
        }
    }
}
