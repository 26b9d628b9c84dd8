/** The owner's cockpit: hiring numbers per vacancy (funnel, time in stage, sources, invitations, waiting work). */
@ApplicationModule(allowedDependencies = {"assessment", "candidate", "common", "interview", "vacancy"})
@NullMarked
package ru.rop.portal.analytics;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
