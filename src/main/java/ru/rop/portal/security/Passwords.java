package ru.rop.portal.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import com.nulabinc.zxcvbn.Feedback;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
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
    /** zxcvbn's 0–4 score; 3 means about 10^8 guesses, «safely unguessable» for an online attack with a throttle. */
    static final int MIN_SCORE = 3;
    private static final Zxcvbn ESTIMATOR = new Zxcvbn();
    // zxcvbn's warnings grouped into the few hints our bundles word; the rest get the general hint.
    private static final Map<String, String> HINTS = Map.ofEntries(
            Map.entry(Feedback.DICTIONARY_WARNING_PASSWORDS_TOP10, "password.weak.common"),
            Map.entry(Feedback.DICTIONARY_WARNING_PASSWORDS_TOP100, "password.weak.common"),
            Map.entry(Feedback.DICTIONARY_WARNING_PASSWORDS_VERY_COMMON, "password.weak.common"),
            Map.entry(Feedback.DICTIONARY_WARNING_PASSWORDS_SIMILAR, "password.weak.common"),
            Map.entry(Feedback.DICTIONARY_WARNING_ENGLISH_WIKIPEDIA_ITSELF, "password.weak.word"),
            Map.entry(Feedback.DICTIONARY_WARNING_ETC_NAMES_THEMSELVES, "password.weak.word"),
            Map.entry(Feedback.DICTIONARY_WARNING_ETC_NAMES_COMMON, "password.weak.word"),
            Map.entry(Feedback.SPATIAL_WARNING_STRAIGHT_ROWS_OF_KEYS, "password.weak.keyboard"),
            Map.entry(Feedback.SPATIAL_WARNING_SHORT_KEYBOARD_PATTERNS, "password.weak.keyboard"),
            Map.entry(Feedback.REPEAT_WARNING_LIKE_AAA, "password.weak.repeat"),
            Map.entry(Feedback.REPEAT_WARNING_LIKE_ABCABCABC, "password.weak.repeat"),
            Map.entry(Feedback.SEQUENCE_WARNING_LIKE_ABCOR6543, "password.weak.sequence"),
            Map.entry(Feedback.REGEX_WARNING_RECENT_YEARS, "password.weak.date"),
            Map.entry(Feedback.DATE_WARNING_DATES, "password.weak.date"));
    /** Makes zxcvbn hand back its message keys instead of English sentences, so our bundles word the hint. */
    private static final ResourceBundle KEYS = new ResourceBundle() {
        @Override
        protected Object handleGetObject(String key) {
            return key;
        }

        @Override
        public Enumeration<String> getKeys() {
            return Collections.emptyEnumeration();
        }
    };

    private Passwords() {
    }

    /**
     * @param personal the account's own words (e-mail, name): a password built from them is easy to guess for
     *                 anyone who knows the person
     */
    static void check(String password, String... personal) {
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
        List<String> words = personal(personal);
        Strength strength = ESTIMATOR.measure(password, words);
        if (strength.getScore() < MIN_SCORE) {
            String warning = strength.getFeedback().withResourceBundle(KEYS).getWarning();
            throw new UserFacingException(HINTS.getOrDefault(warning, "password.weak"));
        }
    }

    /** The e-mail's local part and domain words and the name's words, as zxcvbn's user-specific dictionary. */
    private static List<String> personal(String... personal) {
        return Arrays.stream(personal).filter(Objects::nonNull)
                .flatMap(value -> Arrays.stream(value.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")))
                .filter(word -> word.length() >= 3).distinct().toList();
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
