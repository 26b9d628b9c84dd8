package ru.rop.portal.security;

import java.time.Clock;
import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the failure streak that locks an account and the client address's failure count for the throttle, and
 * writes every sign-in attempt to the audit table.
 */
@Component
class SignInRecorder {

    private final AppUserRepository users;
    private final SignInAuditRepository audit;
    private final SecurityProperties properties;
    private final SignInThrottle throttle;
    private final Clock clock;

    SignInRecorder(AppUserRepository users, SignInAuditRepository audit, SecurityProperties properties,
                   SignInThrottle throttle, Clock clock) {
        this.users = users;
        this.audit = audit;
        this.properties = properties;
        this.throttle = throttle;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (!(event.getAuthentication().getPrincipal() instanceof AppUserPrincipal principal)) {
            return;
        }
        Instant now = clock.instant();
        users.lockById(principal.id()).ifPresent(user -> user.recordSuccess(now));
        audit.save(new SignInAudit(now, principal.email(), principal.id(), SignInAudit.Outcome.SUCCESS,
                remoteAddress(event.getAuthentication())));
    }

    @EventListener
    @Transactional
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        Authentication attempt = event.getAuthentication();
        String email = auditedEmail(attempt.getName());
        Instant now = clock.instant();
        SignInAudit.Outcome outcome = switch (event.getException()) {
            case LockedException ignored -> SignInAudit.Outcome.LOCKED;
            case DisabledException ignored -> SignInAudit.Outcome.DISABLED;
            default -> SignInAudit.Outcome.BAD_CREDENTIALS;
        };
        if (outcome == SignInAudit.Outcome.BAD_CREDENTIALS) {
            throttle.recordFailure(remoteAddress(attempt));
        }
        Long userId = users.lockByEmail(email).map(user -> {
            if (outcome == SignInAudit.Outcome.BAD_CREDENTIALS) {
                user.recordFailure(properties.maxFailedLogins(), now, properties.lockDuration());
            }
            return user.getId();
        }).orElse(null);
        audit.save(new SignInAudit(now, email, userId, outcome, remoteAddress(attempt)));
    }

    /** An attempt refused before its password was looked at; the account's streak is not touched. */
    @Transactional
    public void throttled(String username, String remoteAddress) {
        String email = auditedEmail(username);
        audit.save(new SignInAudit(clock.instant(), email, users.findByEmail(email).map(AppUser::getId).orElse(null),
                SignInAudit.Outcome.THROTTLED, remoteAddress));
    }

    private static String auditedEmail(String username) {
        String email = AppUserDetailsService.normalizeEmail(username);
        return email.length() > 254 ? email.substring(0, 254) : email;
    }

    private static String remoteAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }
}
