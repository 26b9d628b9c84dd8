package ru.rop.portal.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import ru.rop.portal.common.AuditEvent;

/** One line of the audit log; written once, never changed. */
@Entity
@Immutable
@Table(name = "audit_event")
class AuditRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false, length = 254)
    private String actor;

    @Column(updatable = false, length = 120)
    private String actorName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private AuditEvent.Action action;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type", nullable = false, updatable = false, length = 16)
    private AuditEvent.Subject subject;

    @Column(nullable = false, updatable = false)
    private long subjectId;

    @Column(updatable = false)
    private Long vacancyId;

    @Column(updatable = false, length = AuditEvent.MAX_DETAIL)
    private String detail;

    @Column(updatable = false, length = 64)
    private String clientAddress;

    protected AuditRecord() {
    }

    AuditRecord(Instant occurredAt, String actor, String actorName, AuditEvent event, String clientAddress) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.actorName = actorName;
        this.action = event.action();
        this.subject = event.subject();
        this.subjectId = event.subjectId();
        this.vacancyId = event.vacancyId();
        this.detail = event.detail();
        this.clientAddress = clientAddress;
    }

    AuditEntry toEntry() {
        return new AuditEntry(id, occurredAt, actor, actorName, action, subject, subjectId, vacancyId, detail,
                clientAddress);
    }
}
