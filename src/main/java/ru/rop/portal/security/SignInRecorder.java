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

/** Keeps the failure streak that locks an account, and writes every sign-in attempt to the audit table. */
@Component
class SignInRecorder {

    private final AppUserRepository users;
    private final SignInAuditRepository audit;
    private final SecurityProperties properties;
    private final Clock clock;

    SignInRecorder(AppUserRepository users, SignInAuditRepository audit, SecurityProperties properties, Clock clock) {
        this.users = users;
        this.audit = audit;
        this.properties = properties;
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
        String email = AppUserDetailsService.normalizeEmail(attempt.getName());
        if (email.length() > 254) {
            email = email.substring(0, 254);
        }
        Instant now = clock.instant();
        SignInAudit.Outcome outcome = switch (event.getException()) {
            case LockedException ignored -> SignInAudit.Outcome.LOCKED;
            case DisabledException ignored -> SignInAudit.Outcome.DISABLED;
            default -> SignInAudit.Outcome.BAD_CREDENTIALS;
        };
        Long userId = users.lockByEmail(email).map(user -> {
            if (outcome == SignInAudit.Outcome.BAD_CREDENTIALS) {
                user.recordFailure(properties.maxFailedLogins(), now, properties.lockDuration());
            }
            return user.getId();
        }).orElse(null);
        audit.save(new SignInAudit(now, email, userId, outcome, remoteAddress(attempt)));
    }

    private static String remoteAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }
}
