/**
 * Screens of the {@code interview} feature (views and their components); they reach the feature through its
 * services.
 */
@NullMarked
package ru.rop.portal.interview.ui;

import org.jspecify.annotations.NullMarked;
