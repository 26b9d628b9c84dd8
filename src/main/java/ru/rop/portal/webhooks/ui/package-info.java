/**
 * Screens of the {@code webhooks} feature (views and their components); they reach the feature through its
 * services.
 */
@NullMarked
package ru.rop.portal.webhooks.ui;

import org.jspecify.annotations.NullMarked;
