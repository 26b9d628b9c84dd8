package ru.rop.portal.security;

/** A password the system generated: shown to the owner once, then only its hash exists. */
public record IssuedPassword(String email, String password) {
}
