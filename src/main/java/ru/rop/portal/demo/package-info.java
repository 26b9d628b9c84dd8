/**
 * The {@code demo} profile's company: vacancies, candidates and, for the assessed ones, everything a real hiring
 * leaves behind, made through the real services so every screen, report and chart has content on the first start.
 */
@ApplicationModule(allowedDependencies = {
        "assessment", "candidate", "cases", "classification", "common", "interview", "outcomes", "report", "vacancy"})
@NullMarked
package ru.rop.portal.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
