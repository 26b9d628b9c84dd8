/**
 * Outcomes after the hire and whether the assessment predicted them: the prediction frozen when a candidate is
 * hired ({@code hire}), the figures at 3, 6 and 12 months after the start date, and their rank correlation.
 */
@ApplicationModule(allowedDependencies = {"candidate", "classification", "common", "report"})
@NullMarked
package ru.rop.portal.outcomes;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
