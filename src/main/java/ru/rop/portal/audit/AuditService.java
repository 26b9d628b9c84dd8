package ru.rop.portal.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.rop.portal.common.AppI18NProvider;
import ru.rop.portal.common.AuditEvent;
import ru.rop.portal.common.CsvLine;
import ru.rop.portal.security.Roles;

/** The audit log for owners: a filtered window for the screen and the same lines as CSV. Nothing here writes. */
@Service
@RolesAllowed(Roles.OWNER)
public class AuditService {

    /** One export holds at most this many lines; a longer period is exported in parts. */
    public static final int MAX_EXPORT = 50_000;
    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    @PersistenceContext
    private EntityManager entityManager;
    private final AppI18NProvider i18n;
    private final AuditDetails details;

    AuditService(AppI18NProvider i18n, AuditDetails details) {
        this.i18n = i18n;
        this.details = details;
    }

    /** Newest first; the id breaks ties so that windows never overlap. */
    @Transactional(readOnly = true)
    public List<AuditEntry> page(AuditFilter filter, int offset, int limit) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<AuditRecord> query = cb.createQuery(AuditRecord.class);
        Root<AuditRecord> root = query.from(AuditRecord.class);
        query.where(matching(filter, cb, root))
                .orderBy(cb.desc(root.get("occurredAt")), cb.desc(root.get("id")));
        return entityManager.createQuery(query).setFirstResult(Math.max(0, offset))
                .setMaxResults(Math.max(1, limit)).getResultStream().map(AuditRecord::toEntry).toList();
    }

    @Transactional(readOnly = true)
    public long count(AuditFilter filter) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<AuditRecord> root = query.from(AuditRecord.class);
        query.select(cb.count(root)).where(matching(filter, cb, root));
        return entityManager.createQuery(query).getSingleResult();
    }

    /** Everyone who appears in the log, by name, for the «who» filter. */
    @Transactional(readOnly = true)
    public List<AuditActor> actors() {
        return entityManager.createQuery("""
                        select new ru.rop.portal.audit.AuditActor(a.actor, max(a.actorName))
                        from AuditRecord a group by a.actor order by max(a.actorName), a.actor""", AuditActor.class)
                .getResultList();
    }

    /** The filtered log as CSV for Excel, newest first, in Russian like the other exports. */
    @Transactional(readOnly = true)
    public byte[] exportCsv(AuditFilter filter) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(CsvLine.of(List.of("time", "actor", "actor-name", "action", "subject", "subject-id",
                "vacancy-id", "detail", "address").stream().map(column -> i18n.russian("audit.csv." + column))
                .toList()));
        for (AuditEntry entry : page(filter, 0, MAX_EXPORT)) {
            csv.append(CsvLine.of(List.of(CSV_TIME.format(entry.occurredAt()), entry.actor(),
                    entry.actorName() == null ? "" : entry.actorName(),
                    i18n.russian("audit.action." + entry.action().name()),
                    i18n.russian("audit.subject." + entry.subject().name()), Long.toString(entry.subjectId()),
                    entry.vacancyId() == null ? "" : entry.vacancyId().toString(),
                    details.describe(entry, AppI18NProvider.RUSSIAN),
                    entry.clientAddress() == null ? "" : entry.clientAddress())));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Predicate[] matching(AuditFilter filter, CriteriaBuilder cb, Root<AuditRecord> root) {
        List<Predicate> where = new ArrayList<>();
        if (filter.from() != null) {
            where.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), filter.from()));
        }
        if (filter.to() != null) {
            where.add(cb.lessThan(root.get("occurredAt"), filter.to()));
        }
        if (filter.actor() != null) {
            where.add(cb.equal(root.get("actor"), filter.actor()));
        }
        if (filter.action() != null) {
            where.add(cb.equal(root.get("action"), filter.action()));
        }
        if (filter.subject() != null) {
            where.add(cb.equal(root.get("subject"), filter.subject()));
        }
        if (filter.candidateId() != null) {
            where.add(cb.equal(root.get("subject"), AuditEvent.Subject.CANDIDATE));
            where.add(cb.equal(root.get("subjectId"), filter.candidateId()));
        }
        if (filter.vacancyId() != null) {
            where.add(cb.equal(root.get("vacancyId"), filter.vacancyId()));
        }
        return where.toArray(Predicate[]::new);
    }
}
