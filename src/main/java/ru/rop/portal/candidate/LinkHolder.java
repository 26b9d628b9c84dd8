package ru.rop.portal.candidate;

/**
 * The little an assessment link needs to know about its candidate on every step: whose it is, for which vacancy,
 * and whether the hiring is still open. Read as values, so a step neither loads nor checks the whole candidate.
 */
public record LinkHolder(long id, long vacancyId, String fullName, Stage stage) {
}
