package ru.rop.portal.outcomes;

import java.time.LocalDate;

/** A period that is over and has no figures yet, for the start page. */
public record DueOutcome(long candidateId, String candidateName, int month, LocalDate dueSince) {
}
