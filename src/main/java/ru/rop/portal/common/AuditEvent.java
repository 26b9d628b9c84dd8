package ru.rop.portal.common;

/**
 * Something a person or an integration did with candidate data or documents, for the owners' audit log. Any feature
 * publishes it with Spring's {@code ApplicationEventPublisher}; it is written inside the publisher's transaction, so
 * a change that rolls back leaves no record. Who acted and from where is taken from the request, not from here.
 *
 * @param subjectId the candidate's id for {@link Subject#CANDIDATE}, else the vacancy's
 * @param detail    short and machine-like («stage NEW→INTERVIEW», «report.pdf»): never a name, an e-mail, a phone,
 *                  a token or text someone typed
 * @param byCandidate the candidate acted through their own assessment link, not a signed-in user
 */
public record AuditEvent(Action action, Subject subject, long subjectId, Long vacancyId, String detail,
                         boolean byCandidate) {

    public static final int MAX_DETAIL = 200;

    public enum Action {
        VIEW, CREATE, CHANGE, EXPORT, DELETE, ERASE
    }

    public enum Subject {
        CANDIDATE, VACANCY, DOCUMENT, WEBHOOK
    }

    public AuditEvent {
        if (action == null || subject == null) {
            throw new IllegalArgumentException("action and subject required");
        }
        if (detail != null && detail.length() > MAX_DETAIL) {
            detail = detail.substring(0, MAX_DETAIL);
        }
    }

    public static AuditEvent candidate(Action action, long candidateId, long vacancyId, String detail) {
        return new AuditEvent(action, Subject.CANDIDATE, candidateId, vacancyId, detail, false);
    }

    public static AuditEvent vacancy(Action action, long vacancyId, String detail) {
        return new AuditEvent(action, Subject.VACANCY, vacancyId, vacancyId, detail, false);
    }

    /** A vacancy's job description or rights and duties document. */
    public static AuditEvent document(Action action, long vacancyId, String detail) {
        return new AuditEvent(action, Subject.DOCUMENT, vacancyId, vacancyId, detail, false);
    }

    /** A webhook endpoint of the company's CRM: registered, deleted, a delivery sent again. */
    public static AuditEvent webhook(Action action, long endpointId, String detail) {
        return new AuditEvent(action, Subject.WEBHOOK, endpointId, null, detail, false);
    }

    /** The same event, done by the candidate through their link. */
    public AuditEvent byTheCandidate() {
        return new AuditEvent(action, subject, subjectId, vacancyId, detail, true);
    }
}
