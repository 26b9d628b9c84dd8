package ru.rop.portal.report;

import java.time.Instant;

/** The owner's own recommendation, overriding the rules, with the written reason. */
public record HiringDecision(Recommendation recommendation, String reason, String decidedBy, Instant decidedAt) {
}
