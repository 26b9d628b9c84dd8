/** Screens of the {@code storage} feature (views and their components); they reach the feature through its services. */
@NullMarked
package ru.rop.portal.storage.ui;

import org.jspecify.annotations.NullMarked;
