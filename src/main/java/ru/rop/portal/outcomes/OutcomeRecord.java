package ru.rop.portal.outcomes;

import java.time.Instant;

/** One recorded period, as the card, the API and the export show it. */
public record OutcomeRecord(int month, double planAttainmentPct, double teamTurnoverPct, double conversionChangePct,
                            boolean stillEmployed, int ownerRating, String note, String recordedBy,
                            Instant recordedAt) {
}
