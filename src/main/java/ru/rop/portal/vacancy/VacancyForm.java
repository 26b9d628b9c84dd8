package ru.rop.portal.vacancy;

/**
 * What a person or an integration enters for a vacancy; {@code version} is −1 for a new one.
 *
 * @param timeZone an IANA region (e.g. {@code Asia/Yekaterinburg}); blank means Moscow
 */
public record VacancyForm(String title, String companyName, String industry, Integer salesTeamSize,
                          String reportsTo, VacancyStatus status, Integer salaryFrom, Integer salaryTo,
                          String requiredExperience, String notes, long version, String timeZone) {

    public static final String DEFAULT_TIME_ZONE = "Europe/Moscow";

    /** A vacancy in Moscow time, as most are. */
    public VacancyForm(String title, String companyName, String industry, Integer salesTeamSize, String reportsTo,
                       VacancyStatus status, Integer salaryFrom, Integer salaryTo, String requiredExperience,
                       String notes, long version) {
        this(title, companyName, industry, salesTeamSize, reportsTo, status, salaryFrom, salaryTo,
                requiredExperience, notes, version, DEFAULT_TIME_ZONE);
    }
}
