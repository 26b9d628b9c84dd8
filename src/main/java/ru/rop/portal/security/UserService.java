package ru.rop.portal.security;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import ru.rop.portal.common.AppI18NProvider;
import ru.rop.portal.common.ContactRules;
import ru.rop.portal.common.LanguagePreference;
import ru.rop.portal.common.UserFacingException;

/**
 * Owner and HR accounts. Managing others is for owners only; everyone may change their own password. Disabling,
 * resetting and changing a password end the account's open sessions (see {@link SessionRevocationFilter}).
 */
@Service
public class UserService implements LanguagePreference {

    /** The shortest password accepted, for hints that must say what the check enforces. */
    public static final int MIN_PASSWORD_LENGTH = Passwords.MIN_LENGTH;
    static final int MAX_NAME_LENGTH = 120;

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final CurrentUser currentUser;

    UserService(AppUserRepository users, PasswordEncoder passwordEncoder, Clock clock, CurrentUser currentUser) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    @RolesAllowed(Roles.OWNER)
    @Transactional(readOnly = true)
    public List<UserSummary> listUsers() {
        Instant now = clock.instant();
        return users.findAll(Sort.by("displayName", "email")).stream().map(user -> summary(user, now)).toList();
    }

    /** @return the generated password when the form left it blank, otherwise {@code null} */
    @RolesAllowed(Roles.OWNER)
    @Transactional
    public IssuedPassword createUser(NewUserForm form) {
        String email = AppUserDetailsService.normalizeEmail(form.email());
        ContactRules.checkedEmail(email);
        String name = form.displayName() == null ? "" : form.displayName().strip();
        checkName(name);
        if (form.role() == null) {
            throw new UserFacingException("user.role.required");
        }
        boolean generated = !StringUtils.hasText(form.password());
        String password = generated ? Passwords.generate() : form.password();
        Passwords.check(password, email, name);
        if (users.findByEmail(email).isPresent()) {
            throw new UserFacingException("user.email.taken", email);
        }
        try {
            users.saveAndFlush(new AppUser(email, name, passwordEncoder.encode(password), form.role(), clock.instant()));
        } catch (DataIntegrityViolationException e) {
            throw new UserFacingException("user.email.taken", email);
        }
        return generated ? new IssuedPassword(email, password) : null;
    }

    @RolesAllowed(Roles.OWNER)
    @Transactional
    public void disable(long userId) {
        AppUser user = find(userId);
        if (user.getId() == currentUserId()) {
            throw new UserFacingException("user.disable.self");
        }
        if (user.getRole() == Role.OWNER && user.getStatus() == UserStatus.ACTIVE
                && users.countByRoleAndStatus(Role.OWNER, UserStatus.ACTIVE) <= 1) {
            throw new UserFacingException("user.disable.last-owner");
        }
        user.setStatus(UserStatus.DISABLED);
        user.endSessions();
    }

    @RolesAllowed(Roles.OWNER)
    @Transactional
    public void enable(long userId) {
        AppUser user = find(userId);
        user.setStatus(UserStatus.ACTIVE);
        user.unlock();
    }

    @RolesAllowed(Roles.OWNER)
    @Transactional
    public void unlock(long userId) {
        find(userId).unlock();
    }

    /** Replaces the password with a generated one and lifts any lock; the owner passes it on. */
    @RolesAllowed(Roles.OWNER)
    @Transactional
    public IssuedPassword resetPassword(long userId) {
        AppUser user = find(userId);
        String password = Passwords.generate();
        user.setPasswordHash(passwordEncoder.encode(password));
        user.unlock();
        user.endSessions();
        return new IssuedPassword(user.getEmail(), password);
    }

    /** People only: an integration's key is authenticated too, but has no password of its own. */
    @RolesAllowed(Roles.HR)
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        AppUser user = find(currentUserId());
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            throw new UserFacingException("password.current.wrong");
        }
        Passwords.check(newPassword, user.getEmail(), user.getDisplayName());
        if (newPassword.equals(currentPassword)) {
            throw new UserFacingException("password.same");
        }
        user.setPasswordHash(passwordEncoder.encode(newPassword));
        // Whoever else holds a session of this account (a stolen cookie, another device) is signed out; the person
        // who just proved the current password stays signed in here.
        user.endSessions();
        currentUser.replacePrincipal(new AppUserPrincipal(user, true));
    }

    static void checkName(String name) {
        if (name.isEmpty()) {
            throw new UserFacingException("user.name.required");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new UserFacingException("user.name.too-long", MAX_NAME_LENGTH);
        }
    }

    /** Read for every new page of a signed-in user, so the whole session speaks the language they chose. */
    @Override
    @Transactional(readOnly = true)
    public Optional<Locale> chosen() {
        return currentUser.principal().flatMap(principal -> users.findById(principal.id()))
                .map(AppUser::getUiLanguage).map(Locale::of);
    }

    @Override
    /** People only, as with the password: an integration's key has no screen to show in a language. */
    @RolesAllowed(Roles.HR)
    @Transactional
    public void choose(Locale locale) {
        boolean english = AppI18NProvider.ENGLISH.getLanguage().equals(locale.getLanguage());
        find(currentUserId()).setUiLanguage((english ? AppI18NProvider.ENGLISH : AppI18NProvider.RUSSIAN).getLanguage());
    }

    private AppUser find(long userId) {
        return users.findById(userId).orElseThrow(() -> new UserFacingException("user.not-found"));
    }

    private long currentUserId() {
        return currentUser.principal().map(AppUserPrincipal::id)
                .orElseThrow(() -> new UserFacingException("user.not-signed-in"));
    }

    private static UserSummary summary(AppUser user, Instant now) {
        return new UserSummary(user.getId(), user.getEmail(), user.getDisplayName(), user.getRole(), user.getStatus(),
                user.isLockedAt(now), user.getLockedUntil(), user.getLastSignInAt(), user.getCreatedAt());
    }
}
