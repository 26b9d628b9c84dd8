package ru.rop.portal.vacancy;

/**
 * The company as the operator of candidates' personal data (152-ФЗ): who it is, its postal address and where data
 * subjects send their requests. The privacy policy names it.
 *
 * @param address postal address, or null while not filled in
 * @param email the address for requests about personal data, or null while not filled in
 * @param version of the company profile, which holds these details, to detect a colleague's save in between
 */
public record PersonalDataOperator(String name, String address, String email, long version) {

    public static PersonalDataOperator empty() {
        return new PersonalDataOperator("", null, null, -1);
    }

    /** Whether the policy can name the operator in full: who it is and where it is. */
    public boolean complete() {
        return name != null && !name.isBlank() && address != null && !address.isBlank();
    }
}
