/**
 * Retention of candidates' personal data: when it is due for destruction after the hiring decision, the nightly
 * run that erases what is due, and the destruction records (акты) of every erasure, kept as files.
 */
@ApplicationModule(allowedDependencies = {"candidate", "common", "privacy", "vacancy"})
@NullMarked
package ru.rop.portal.retention;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
