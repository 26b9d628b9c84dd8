/**
 * The candidate profile: all evidence turned into competencies, dimensions, the РОП type, red flags and a
 * recommendation by documented rules, the owner's decision, the profile, comparison and report PDFs.
 */
@ApplicationModule(allowedDependencies = {
        "assessment", "candidate", "cases", "classification", "common", "interview", "vacancy"})
@NullMarked
package ru.rop.portal.report;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
