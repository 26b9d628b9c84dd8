package ru.rop.portal.common;

/** Field checks every form shares; each refusal names the field and says what is wrong in the user's language. */
public final class FormRules {

    private FormRules() {
    }

    /** Trimmed text, required and at most {@code max} characters. */
    public static String required(String field, String value, int max) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            throw UserFacingException.forField(field, "field.required");
        }
        return limited(field, trimmed, max);
    }

    /** Trimmed text or {@code null} when blank; at most {@code max} characters. */
    public static String optional(String field, String value, int max) {
        String trimmed = value == null ? "" : value.strip();
        return trimmed.isEmpty() ? null : limited(field, trimmed, max);
    }

    public static Integer range(String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            throw UserFacingException.forField(field, "field.range", min, max);
        }
        return value;
    }

    private static String limited(String field, String value, int max) {
        if (value.length() > max) {
            throw UserFacingException.forField(field, "field.too-long", max);
        }
        if (!printable(value)) {
            throw UserFacingException.forField(field, "field.unprintable");
        }
        return value;
    }

    /**
     * No control characters but line breaks and tabs, and no half of a surrogate pair: such text cannot be shown,
     * breaks DOCX files (XML has no NUL) and is refused by MariaDB's utf8mb4. Browsers rarely send it; pasted text
     * and integrations can.
     */
    private static boolean printable(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                return false;
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
