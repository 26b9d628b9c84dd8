/**
 * The candidate's privacy under 152-ФЗ: the versioned consent texts, the privacy policy, the withdrawal of the
 * consent and the talent-pool consent. The links themselves belong to the online assessment, which answers this
 * feature's {@link ru.rop.portal.privacy.SubmittedLinks} and {@link ru.rop.portal.privacy.ConsentWithdrawals}.
 */
@ApplicationModule(allowedDependencies = {"candidate", "common", "vacancy"})
@NullMarked
package ru.rop.portal.privacy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
