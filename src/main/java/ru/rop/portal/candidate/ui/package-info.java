/**
 * Screens of the {@code candidate} feature (views and their components); they reach the feature through its
 * services.
 */
@NullMarked
package ru.rop.portal.candidate.ui;

import org.jspecify.annotations.NullMarked;
