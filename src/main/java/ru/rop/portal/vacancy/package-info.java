/**
 * The company profile and its vacancies: {@code VacancyService}, their screens and {@code /api/v1/vacancies}.
 */
@ApplicationModule(allowedDependencies = {"common"})
@NullMarked
package ru.rop.portal.vacancy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
