/**
 * The vacancy's job description and rights list: the clause library, versions with comparison and restore, PDF
 * and Word output, the editor with live preview.
 */
@ApplicationModule(allowedDependencies = {"common", "vacancy"})
@NullMarked
package ru.rop.portal.documents;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
