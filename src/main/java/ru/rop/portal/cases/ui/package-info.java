/**
 * Screens of the {@code cases} feature (the case sheet, the cases on the candidate's card); they reach the feature
 * through its services.
 */
@NullMarked
package ru.rop.portal.cases.ui;

import org.jspecify.annotations.NullMarked;
