package ru.rop.portal.vacancy;

import java.util.UUID;

/**
 * Vacancy forms for tests: a valid new vacancy unless the test says otherwise, so a test names only what it is
 * about. The default title is unique because a second open vacancy with the same title is refused.
 */
public final class VacancyForms {

    private String title = "РОП " + UUID.randomUUID().toString().substring(0, 8);
    private String companyName = "ООО «Тест»";
    private String industry;
    private Integer salesTeamSize;
    private String reportsTo;
    private VacancyStatus status = VacancyStatus.OPEN;
    private Integer salaryFrom;
    private Integer salaryTo;
    private String requiredExperience;
    private String notes;
    private long version = -1;
    private String timeZone = VacancyForm.DEFAULT_TIME_ZONE;

    private VacancyForms() {
    }

    /** A new open vacancy of «ООО «Тест»» in Moscow time. */
    public static VacancyForms aVacancy() {
        return new VacancyForms();
    }

    /** A saved vacancy edited: every field and the version as the form was loaded. */
    public static VacancyForms editing(VacancyForm form) {
        VacancyForms edit = new VacancyForms();
        edit.title = form.title();
        edit.companyName = form.companyName();
        edit.industry = form.industry();
        edit.salesTeamSize = form.salesTeamSize();
        edit.reportsTo = form.reportsTo();
        edit.status = form.status();
        edit.salaryFrom = form.salaryFrom();
        edit.salaryTo = form.salaryTo();
        edit.requiredExperience = form.requiredExperience();
        edit.notes = form.notes();
        edit.version = form.version();
        edit.timeZone = form.timeZone();
        return edit;
    }

    public VacancyForms withTitle(String title) {
        this.title = title;
        return this;
    }

    public VacancyForms withCompanyName(String companyName) {
        this.companyName = companyName;
        return this;
    }

    public VacancyForms withIndustry(String industry) {
        this.industry = industry;
        return this;
    }

    public VacancyForms withSalesTeamSize(Integer salesTeamSize) {
        this.salesTeamSize = salesTeamSize;
        return this;
    }

    public VacancyForms withReportsTo(String reportsTo) {
        this.reportsTo = reportsTo;
        return this;
    }

    public VacancyForms withStatus(VacancyStatus status) {
        this.status = status;
        return this;
    }

    public VacancyForms withRequiredExperience(String requiredExperience) {
        this.requiredExperience = requiredExperience;
        return this;
    }

    public VacancyForms withNotes(String notes) {
        this.notes = notes;
        return this;
    }

    public VacancyForms withTimeZone(String timeZone) {
        this.timeZone = timeZone;
        return this;
    }

    public VacancyForm build() {
        return new VacancyForm(title, companyName, industry, salesTeamSize, reportsTo, status, salaryFrom, salaryTo,
                requiredExperience, notes, version, timeZone);
    }
}
