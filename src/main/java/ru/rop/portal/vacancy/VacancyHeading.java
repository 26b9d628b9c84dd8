package ru.rop.portal.vacancy;

/** What a candidate's assessment pages say about the vacancy: the position and the company. */
public record VacancyHeading(String title, String companyName) {
}
