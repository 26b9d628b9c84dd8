/**
 * Candidates and the pipeline: stages and their history, résumés, duplicates, search, CSV export, the board,
 * table and card screens, {@code /api/v1/candidates}; other features add panels to the card through
 * {@link ru.rop.portal.candidate.CandidateCardSection}.
 */
@ApplicationModule(allowedDependencies = {"common", "vacancy"})
@NullMarked
package ru.rop.portal.candidate;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
