/** Screens of the {@code vacancy} feature (views and their components); they reach the feature through its services. */
@NullMarked
package ru.rop.portal.vacancy.ui;

import org.jspecify.annotations.NullMarked;
