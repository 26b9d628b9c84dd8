package ru.rop.portal.security;

import java.util.List;

/** The role of a person's account. Candidates never have accounts. */
public enum Role {
    OWNER(List.of(Roles.OWNER, Roles.HR)),
    HR(List.of(Roles.HR));

    private final List<String> grantedRoles;

    Role(List<String> grantedRoles) {
        this.grantedRoles = grantedRoles;
    }

    List<String> grantedRoles() {
        return grantedRoles;
    }

    public String labelKey() {
        return "role." + name();
    }
}
