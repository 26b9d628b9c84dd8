package ru.rop.portal.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import ru.rop.portal.common.UserFacingException;

/** The password rules and the generator for passwords an owner hands over (shown once, never stored in clear). */
final class Passwords {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;
    // No look-alike characters (0/O, 1/l/I) so a password read from the screen is typed right the first time.
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<String> COMMON = common();

    private Passwords() {
    }

    static void check(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new UserFacingException("password.too-short", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw new UserFacingException("password.too-long", MAX_LENGTH);
        }
        if (password.isBlank() || password.chars().distinct().count() < 4) {
            throw new UserFacingException("password.too-simple");
        }
        if (COMMON.contains(password.strip().toLowerCase(Locale.ROOT))) {
            throw new UserFacingException("password.common");
        }
    }

    private static Set<String> common() {
        try (InputStream in = Passwords.class.getResourceAsStream("/security/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("security/common-passwords.txt is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 16 characters from a 57-letter alphabet: about 93 bits, in groups of four for reading aloud. */
    static String generate() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                password.append('-');
            }
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
