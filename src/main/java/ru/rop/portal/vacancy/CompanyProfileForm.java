package ru.rop.portal.vacancy;

/** The company profile as a form: {@code version} detects a colleague's save in between. */
public record CompanyProfileForm(String name, String industry, String products, SalesModel salesModel,
                                 Integer salesTeamSize, String ropReportsTo, String keyKpis, long version) {

    public static CompanyProfileForm empty() {
        return new CompanyProfileForm("", null, null, null, null, null, null, -1);
    }
}
