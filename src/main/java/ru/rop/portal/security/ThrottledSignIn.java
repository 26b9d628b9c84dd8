package ru.rop.portal.security;

import java.io.Serial;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Sign-in with a password: the client address's throttle first, then the password, and only then the account's
 * state. Checking the password before «disabled» or «locked» means those answers never tell a guesser anything
 * (and cost the same time as a wrong password); the login view shows one message for every failure anyway.
 */
final class ThrottledSignIn implements AuthenticationProvider {

    /** The address must wait: the attempt was not checked. */
    static final class ThrottledException extends AuthenticationException {
        @Serial
        private static final long serialVersionUID = 1L;

        ThrottledException() {
            super("Too many failed sign-ins from this address");
        }
    }

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final SignInRecorder recorder;

    ThrottledSignIn(DaoAuthenticationProvider passwords, SignInThrottle throttle, SignInRecorder recorder) {
        this.passwords = passwords;
        // The account's state is judged below, after the password and with the client's address at hand.
        passwords.setPreAuthenticationChecks(user -> {
        });
        passwords.setPostAuthenticationChecks(user -> {
        });
        this.throttle = throttle;
        this.recorder = recorder;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String address = attempt.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        if (throttle.waitFor(address).isPositive()) {
            recorder.throttled(attempt.getName(), address);
            throw new ThrottledException();
        }
        Authentication result = passwords.authenticate(attempt);
        AppUserPrincipal principal = (AppUserPrincipal) result.getPrincipal();
        if (!principal.isEnabled()) {
            throw new DisabledException("Account disabled");
        }
        if (!principal.isAccountNonLocked() && !throttle.isClean(address)) {
            throw new LockedException("Account locked after failed sign-ins");
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
