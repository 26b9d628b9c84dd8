package ru.rop.portal.security;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import ru.rop.portal.common.AppI18NProvider;
import ru.rop.portal.common.ContactRules;

/**
 * On the very first start (no accounts at all) creates the owner from ROP_ADMIN_EMAIL / ROP_ADMIN_PASSWORD, or with a
 * generated password that is logged exactly once. Never touches an existing database.
 */
@Component
class FirstOwnerInitializer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstOwnerInitializer.class);

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final AppI18NProvider i18n;
    private final String email;
    private final String name;
    private final String password;

    FirstOwnerInitializer(AppUserRepository users, PasswordEncoder passwordEncoder, Clock clock, AppI18NProvider i18n,
                          AccessProperties access) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.i18n = i18n;
        this.email = AppUserDetailsService.normalizeEmail(access.admin().email());
        this.name = access.admin().name().strip();
        this.password = access.admin().password();
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        ContactRules.checkedEmail(email);
        boolean generated = !StringUtils.hasText(password);
        String initialPassword = generated ? Passwords.generate() : password;
        String displayName = name.isEmpty() ? i18n.russian("role.OWNER") : name;
        try {
            Passwords.check(initialPassword, email, displayName);
        } catch (RuntimeException e) {
            throw new IllegalStateException("ROP_ADMIN_PASSWORD must be " + Passwords.MIN_LENGTH + " to "
                    + Passwords.MAX_LENGTH + " characters, not a common password and hard to guess (zxcvbn score "
                    + Passwords.MIN_SCORE + " or more)", e);
        }
        UserService.checkName(displayName);
        users.save(new AppUser(email, displayName, passwordEncoder.encode(initialPassword), Role.OWNER, clock.instant()));
        if (generated) {
            log.warn("""

                    ================================================================
                     First owner account created (shown once, change it after sign-in):
                       e-mail:   {}
                       password: {}
                    ================================================================""", email, initialPassword);
        } else {
            // The address is personal data and the operator set it; the log needs neither.
            log.info("First owner account created from ROP_ADMIN_EMAIL/ROP_ADMIN_PASSWORD");
        }
    }
}
