package ru.rop.portal.security;

import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import ru.rop.portal.common.ContactRules;
import org.springframework.transaction.annotation.Transactional;

@Service
class AppUserDetailsService implements UserDetailsService {

    private final AppUserRepository users;
    private final Clock clock;

    AppUserDetailsService(AppUserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        String email = normalizeEmail(username);
        return users.findByEmail(email)
                .map(user -> new AppUserPrincipal(user, !user.isLockedAt(clock.instant())))
                .orElseThrow(() -> new UsernameNotFoundException("No account for this e-mail"));
    }

    static String normalizeEmail(String email) {
        return ContactRules.normalizeEmail(email);
    }
}
