package ru.rop.portal.common;

/** What the shell shows of whoever is signed in, without knowing how accounts are stored. */
public interface PortalUser {

    String email();

    String displayName();

    /** i18n key of the role's name, e.g. {@code role.OWNER}. */
    String roleKey();
}
