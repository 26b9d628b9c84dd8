/**
 * The candidate's evidence outside the interview: the online assessment behind a link (invitations, consent,
 * the anonymous flow, integrity signals), business cases scored against their rubric, the privacy policy, the
 * withdrawal of the consent and the talent pool.
 */
@ApplicationModule(allowedDependencies = {"candidate", "classification", "common", "vacancy"})
@NullMarked
package ru.rop.portal.assessment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
