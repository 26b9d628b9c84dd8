/**
 * Screens of the {@code assessment} feature (views and their components); they reach the feature through its
 * services.
 */
@NullMarked
package ru.rop.portal.assessment.ui;

import org.jspecify.annotations.NullMarked;
