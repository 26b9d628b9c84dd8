/**
 * Screens of the {@code classification} feature (views and their components); they reach the feature through its
 * services.
 */
@NullMarked
package ru.rop.portal.classification.ui;

import org.jspecify.annotations.NullMarked;
