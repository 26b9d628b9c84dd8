/**
 * The question bank, interview kits of vacancies, each interviewer's guided interview with a candidate (blind
 * until submitted) and the panel summary.
 */
@ApplicationModule(allowedDependencies = {"candidate", "classification", "common", "vacancy"})
@NullMarked
package ru.rop.portal.interview;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
