package ru.rop.portal.outcomes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A hire on the candidate card: when, from which date the periods count, the frozen prediction and the outcomes.
 *
 * @param open the periods already over and not yet recorded, the earliest first
 */
public record HireSummary(long candidateId, Instant hiredAt, LocalDate startDate, Prediction prediction,
                          List<OutcomeRecord> outcomes, List<Integer> open) {
}
