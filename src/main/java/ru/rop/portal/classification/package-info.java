/**
 * The competency model from {@code templates/model/} and the evidence engine: observations become dimension
 * scores, the РОП type, competency scores and the role balance (plain Java, see {@code docs/classification.md}).
 */
@ApplicationModule(allowedDependencies = {"common"})
@NullMarked
package ru.rop.portal.classification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
