package ru.rop.portal.outcomes;

import java.util.Map;

/**
 * What the assessment said when the candidate was hired.
 *
 * @param typeId the best type ({@code RopTypeId} name), null when too little was known to classify
 * @param certainty {@code CLEAR}, {@code PRELIMINARY} or {@code BLEND}; null without a type
 * @param recommendation the recommendation that stood (the owner's decision when given, else the rules')
 * @param meanScore the mean of the known competency scores (1–5), null when none was known
 * @param blinded the person who recorded the hire still had an interview of their own open, so the conclusions
 *                were withheld from them and nothing but the stage could be frozen
 */
public record Prediction(String typeId, String certainty, String recommendation, Double meanScore, boolean blinded,
                         Map<String, Double> competencyScores, Map<String, Double> roleScores) {
}
