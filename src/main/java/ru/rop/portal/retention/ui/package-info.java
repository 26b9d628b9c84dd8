/**
 * Screens of the {@code retention} feature (views and their components); they reach the feature through its
 * services.
 */
@NullMarked
package ru.rop.portal.retention.ui;

import org.jspecify.annotations.NullMarked;
