/**
 * Business cases and their scoring: the cases of templates/cases, assigned to a candidate orally or in writing, and
 * each rater's levels and comments against the case's rubric, which become evidence for the profile.
 */
@ApplicationModule(allowedDependencies = {"candidate", "classification", "common"})
@NullMarked
package ru.rop.portal.cases;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
