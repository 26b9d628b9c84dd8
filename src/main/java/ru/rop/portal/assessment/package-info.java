/**
 * The online assessment behind a candidate's link: invitations, the link and its guard against guessing, the
 * consent given on it, the anonymous flow of situational items, forced-choice blocks and written cases, integrity
 * signals, and the evidence it yields. Cases come from {@code cases}; consent texts, the policy and the talent pool
 * from {@code privacy}, whose screens (the policy, the withdrawal, the talent-pool panel) the link's pages show.
 */
@ApplicationModule(allowedDependencies = {
        "candidate", "cases", "classification", "common", "privacy", "privacy :: ui", "vacancy"})
@NullMarked
package ru.rop.portal.assessment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
