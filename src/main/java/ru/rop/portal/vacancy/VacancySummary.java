package ru.rop.portal.vacancy;

import java.time.Instant;
import java.time.ZoneId;

/**
 * @param closedAt when the vacancy was last filled or closed; null while it is open or on hold
 * @param timeZone the IANA region the hiring happens in
 */
public record VacancySummary(long id, String title, String companyName, String industry, Integer salesTeamSize,
                             String reportsTo, VacancyStatus status, Integer salaryFrom, Integer salaryTo,
                             String requiredExperience, String notes, Instant createdAt, String createdBy,
                             Instant updatedAt, Instant closedAt, long version,
                             String timeZone) {

    public VacancyForm toForm() {
        return new VacancyForm(title, companyName, industry, salesTeamSize, reportsTo, status, salaryFrom, salaryTo,
                requiredExperience, notes, version, timeZone);
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /** Hiring is over: the candidates' data falls under the retention rules. */
    public boolean decided() {
        return status == VacancyStatus.FILLED || status == VacancyStatus.CLOSED;
    }
}
