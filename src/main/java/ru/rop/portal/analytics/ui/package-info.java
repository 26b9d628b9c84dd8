/**
 * Screens of the {@code analytics} feature (views and their components); they reach the feature through its
 * services.
 */
@NullMarked
package ru.rop.portal.analytics.ui;

import org.jspecify.annotations.NullMarked;
