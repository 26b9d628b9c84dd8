/** Screens of the {@code audit} feature (views and their components); they reach the feature through its services. */
@NullMarked
package ru.rop.portal.audit.ui;

import org.jspecify.annotations.NullMarked;
