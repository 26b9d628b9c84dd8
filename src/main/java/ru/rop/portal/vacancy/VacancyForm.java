package ru.rop.portal.vacancy;

/** What a person or an integration enters for a vacancy; {@code version} is −1 for a new one. */
public record VacancyForm(String title, String companyName, String industry, Integer salesTeamSize,
                          String reportsTo, VacancyStatus status, Integer salaryFrom, Integer salaryTo,
                          String requiredExperience, String notes, long version) {
}
