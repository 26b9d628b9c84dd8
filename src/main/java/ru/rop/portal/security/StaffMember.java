package ru.rop.portal.security;

/** A staff account as colleagues see it: who can be an interviewer. */
public record StaffMember(long id, String email, String displayName) {
}
