package ru.rop.portal.privacy;

import java.time.Instant;

/**
 * The talent-pool consent as the candidate's completion page offers it.
 *
 * @param text   the consent text with the candidate, company, position and term filled in
 * @param member the end of the term while the candidate is in the pool; null when they are not (never joined or
 *               withdrew)
 */
public record TalentPoolOffer(String version, String title, String text, int months, Instant member) {
}
