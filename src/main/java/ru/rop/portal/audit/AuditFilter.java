package ru.rop.portal.audit;

import java.time.Instant;
import ru.rop.portal.common.AuditEvent;

/**
 * What the owner narrows the log to; every part is optional.
 *
 * @param from        inclusive
 * @param to          exclusive
 * @param candidateId lines about this candidate
 * @param vacancyId   lines about this vacancy, its documents or any of its candidates
 */
public record AuditFilter(Instant from, Instant to, String actor, AuditEvent.Action action,
                          AuditEvent.Subject subject, Long candidateId, Long vacancyId) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null, null);
    }
}
