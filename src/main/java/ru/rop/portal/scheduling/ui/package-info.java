/**
 * Screens of the {@code scheduling} feature (views and their components); they reach the feature through its
 * services.
 */
@NullMarked
package ru.rop.portal.scheduling.ui;

import org.jspecify.annotations.NullMarked;
