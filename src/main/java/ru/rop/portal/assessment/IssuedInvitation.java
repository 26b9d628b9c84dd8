package ru.rop.portal.assessment;

import java.time.Instant;

/**
 * A link just made: the only moment its address is known, since the token is stored as a hash.
 *
 * @param emailSent whether the mail server accepted the invitation; otherwise the link is for copying
 */
public record IssuedInvitation(String url, Instant expiresAt, boolean emailSent, boolean mailConfigured) {
}
