/**
 * The owners' log of who viewed, changed, exported or erased candidate data and documents. Features publish
 * {@link ru.rop.portal.common.AuditEvent}; nothing here is called by them, so the log depends on no feature's
 * internals and no feature depends on the log.
 */
@ApplicationModule(allowedDependencies = {"candidate", "cases", "common", "documents", "report", "vacancy"})
@NullMarked
package ru.rop.portal.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
