package ru.rop.portal.vacancy;

import java.time.Instant;

/** @param closedAt when the vacancy was last filled or closed; null while it is open or on hold */
public record VacancySummary(long id, String title, String companyName, String industry, Integer salesTeamSize,
                             String reportsTo, VacancyStatus status, Integer salaryFrom, Integer salaryTo,
                             String requiredExperience, String notes, Instant createdAt, String createdBy,
                             Instant updatedAt, Instant closedAt, long version) {

    public VacancyForm toForm() {
        return new VacancyForm(title, companyName, industry, salesTeamSize, reportsTo, status, salaryFrom, salaryTo,
                requiredExperience, notes, version);
    }

    /** Hiring is over: the candidates' data falls under the retention rules. */
    public boolean decided() {
        return status == VacancyStatus.FILLED || status == VacancyStatus.CLOSED;
    }
}
