package ru.rop.portal.security;

/** What an owner enters to add a colleague; a blank password means "generate one and show it to me once". */
public record NewUserForm(String email, String displayName, Role role, String password) {
}
