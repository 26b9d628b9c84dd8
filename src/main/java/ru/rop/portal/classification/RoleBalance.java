package ru.rop.portal.classification;

import java.util.Map;

/**
 * How the candidate's strengths split between Управленец, Продавец and Мотиватор.
 *
 * @param scores the mean 1–5 score of the known competencies serving each role; absent when none is known
 * @param shares each role's score as a share of their sum (0..1), for a balance chart
 */
public record RoleBalance(Map<RoleId, Double> scores, Map<RoleId, Double> shares) {
}
