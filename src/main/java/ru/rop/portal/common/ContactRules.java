package ru.rop.portal.common;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.validator.routines.DomainValidator;
import org.apache.commons.validator.routines.EmailValidator;

/** E-mail and phone rules shared by accounts and candidates: one definition of «a valid address». */
public final class ContactRules {

    public static final int MAX_EMAIL_LENGTH = 254;
    public static final int MAX_PHONE_LENGTH = 40;
    // RFC 5321 syntax and a domain with real labels and a top-level domain IANA knows, plus «.local» (companies'
    // internal mail) and the names reserved for tests and examples (RFC 2606): only a delivered mail proves a mailbox.
    private static final EmailValidator EMAIL = new EmailValidator(false, false, DomainValidator.getInstance(false,
            List.of(new DomainValidator.Item(DomainValidator.ArrayType.GENERIC_PLUS, "local", "test", "example"))));
    private static final Pattern PHONE_CHARACTERS = Pattern.compile("^\\+?[0-9()\\-\\s.]{5,40}$");

    private ContactRules() {
    }

    public static String normalizeEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    /** @throws UserFacingException with {@code email.required} or {@code email.invalid} */
    public static String checkedEmail(String raw) {
        String email = normalizeEmail(raw);
        if (email.isEmpty()) {
            throw new UserFacingException("email.required");
        }
        if (email.length() > MAX_EMAIL_LENGTH || !EMAIL.isValid(email)) {
            throw new UserFacingException("email.invalid");
        }
        return email;
    }

    /**
     * The digits that identify a phone number, for comparing «8 (912) 345-67-89» with «+7 912 3456789»: Russian
     * numbers become 7XXXXXXXXXX, others keep their country code. Empty when no phone was given.
     *
     * @throws UserFacingException with {@code phone.invalid} for anything that is not a phone number
     */
    public static Optional<String> phoneDigits(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String phone = raw.strip();
        if (phone.length() > MAX_PHONE_LENGTH || !PHONE_CHARACTERS.matcher(phone).matches()) {
            throw new UserFacingException("phone.invalid");
        }
        String digits = phone.replaceAll("\\D", "");
        if (digits.length() == 11 && digits.charAt(0) == '8' && !phone.startsWith("+")) {
            digits = "7" + digits.substring(1);
        } else if (digits.length() == 10 && digits.charAt(0) == '9' && !phone.startsWith("+")) {
            digits = "7" + digits;
        }
        if (digits.length() < 10 || digits.length() > 15 || (digits.startsWith("7") && digits.length() != 11)) {
            throw new UserFacingException("phone.invalid");
        }
        return Optional.of(digits);
    }
}
