package ru.rop.portal.security;

/**
 * Role names for {@code @RolesAllowed} on views and services alike. An owner holds both roles, so anything open to HR
 * is open to owners too; only owners manage users and API keys.
 */
public final class Roles {

    public static final String OWNER = "OWNER";
    public static final String HR = "HR";
    /** Integrations calling {@code /api/v1} with a bearer key; never a person. */
    public static final String API = "API";

    private Roles() {
    }
}
