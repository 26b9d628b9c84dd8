package ru.rop.portal.audit;

import java.time.Instant;
import ru.rop.portal.common.AuditEvent;

/**
 * A line of the audit log as the owner reads it.
 *
 * @param actor     the account's e-mail, {@code api:<key name>}, {@code candidate} or {@code system}
 * @param actorName the person's or key's name at the time; {@code null} for the candidate and the system
 */
public record AuditEntry(long id, Instant occurredAt, String actor, String actorName, AuditEvent.Action action,
                         AuditEvent.Subject subject, long subjectId, Long vacancyId, String detail,
                         String clientAddress) {

    public static final String CANDIDATE = "candidate";
    public static final String SYSTEM = "system";
    public static final String API_PREFIX = "api:";
}
