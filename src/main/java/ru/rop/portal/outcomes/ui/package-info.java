/**
 * Screens of the {@code outcomes} feature (views and their components); they reach the feature through its
 * services.
 */
@NullMarked
package ru.rop.portal.outcomes.ui;

import org.jspecify.annotations.NullMarked;
