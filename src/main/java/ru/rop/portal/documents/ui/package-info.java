/**
 * Screens of the {@code documents} feature (views and their components); they reach the feature through its
 * services.
 */
@NullMarked
package ru.rop.portal.documents.ui;

import org.jspecify.annotations.NullMarked;
