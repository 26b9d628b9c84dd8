package ru.rop.portal.classification;

/**
 * @param score the mean of the raters' means, {@code null} without evidence
 * @param spread highest minus lowest rater mean; {@code null} with fewer than two raters
 */
public record CompetencyScore(String competencyId, String label, Double score, int evidenceCount, Double spread) {

    public boolean known() {
        return score != null;
    }
}
