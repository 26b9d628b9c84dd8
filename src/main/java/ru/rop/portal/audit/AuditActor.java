package ru.rop.portal.audit;

/** Someone who appears in the log, for the «who» filter. */
public record AuditActor(String actor, String name) {
}
