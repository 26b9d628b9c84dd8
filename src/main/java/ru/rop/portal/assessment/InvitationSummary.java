package ru.rop.portal.assessment;

import java.time.Instant;

/**
 * The candidate's latest invitation as the card shows it.
 *
 * @param percent share of the assessment's items answered, 0..100
 */
public record InvitationSummary(InvitationStatus status, int percent, Instant createdAt, String createdBy,
                                Instant expiresAt, Instant emailSentAt, String consentVersion, Instant consentAt,
                                String consentAddress, Instant submittedAt) {
}
