package ru.rop.portal.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import ru.rop.portal.common.AuditEvent;
import ru.rop.portal.common.CurrentActor;
import ru.rop.portal.security.Roles;

/**
 * Writes every {@link AuditEvent} as it is published. A change is recorded in its own transaction, so a rollback
 * takes the record with it; a read or a download has no writing transaction of its own, so its record is written
 * in a new one.
 */
@Component
class AuditRecorder {

    private static final int MAX_ACTOR = 254;
    private static final int MAX_NAME = 120;
    private static final int MAX_ADDRESS = 64;
    private static final String ANONYMOUS = "ANONYMOUS";

    @PersistenceContext
    private EntityManager entityManager;
    private final CurrentActor currentActor;
    private final Clock clock;
    private final TransactionTemplate separately;

    AuditRecorder(CurrentActor currentActor, Clock clock, PlatformTransactionManager transactions) {
        this.currentActor = currentActor;
        this.clock = clock;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @EventListener
    void record(AuditEvent event) {
        AuditRecord record = new AuditRecord(clock.instant(), cut(actor(event), MAX_ACTOR),
                cut(actorName(event), MAX_NAME), event, cut(clientAddress(), MAX_ADDRESS));
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            entityManager.persist(record);
        } else {
            separately.executeWithoutResult(status -> entityManager.persist(record));
        }
    }

    private String actor(AuditEvent event) {
        if (event.byCandidate()) {
            return AuditEntry.CANDIDATE;
        }
        if (nobodySignedIn()) {
            return AuditEntry.SYSTEM;
        }
        String name = currentActor.name();
        return currentActor.hasRole(Roles.API) ? AuditEntry.API_PREFIX + name : name;
    }

    private String actorName(AuditEvent event) {
        return event.byCandidate() || nobodySignedIn() ? null : currentActor.displayName();
    }

    /** Scheduled work has no authentication; a page open to everyone has Spring Security's anonymous one. */
    private boolean nobodySignedIn() {
        return AuditEntry.SYSTEM.equals(currentActor.name()) || currentActor.hasRole(ANONYMOUS);
    }

    /** The browser's or integration's address; none for scheduled work and background threads. */
    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
