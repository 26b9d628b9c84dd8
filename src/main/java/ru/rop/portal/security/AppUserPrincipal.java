package ru.rop.portal.security;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import ru.rop.portal.common.PortalUser;

/** The signed-in person as Spring Security sees them; holds no entity so the session stays small and detached. */
final class AppUserPrincipal implements UserDetails, CredentialsContainer, PortalUser {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String email;
    private final String displayName;
    private final Role role;
    private final boolean enabled;
    private final boolean nonLocked;
    private final long sessionVersion;
    private String passwordHash;

    AppUserPrincipal(AppUser user, boolean nonLocked) {
        this.id = user.getId();
        this.email = user.getEmail();
        this.displayName = user.getDisplayName();
        this.role = user.getRole();
        this.enabled = user.getStatus() == UserStatus.ACTIVE;
        this.nonLocked = nonLocked;
        this.sessionVersion = user.getSessionVersion();
        this.passwordHash = user.getPasswordHash();
    }

    long id() {
        return id;
    }

    Role role() {
        return role;
    }

    /** The account's session version when this person signed in. */
    long sessionVersion() {
        return sessionVersion;
    }

    @Override
    public String email() {
        return email;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public String roleKey() {
        return role.labelKey();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<SimpleGrantedAuthority> authorities = role.grantedRoles().stream()
                .map(name -> new SimpleGrantedAuthority("ROLE_" + name))
                .toList();
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isAccountNonLocked() {
        return nonLocked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
