/**
 * Screens of the {@code security} feature (views and their components); they reach the feature through its
 * services.
 */
@NullMarked
package ru.rop.portal.security.ui;

import org.jspecify.annotations.NullMarked;
