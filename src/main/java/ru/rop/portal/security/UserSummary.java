package ru.rop.portal.security;

import java.time.Instant;

/** A row of the owner's user list. */
public record UserSummary(long id, String email, String displayName, Role role, UserStatus status, boolean locked,
                          Instant lockedUntil, Instant lastSignInAt, Instant createdAt) {
}
