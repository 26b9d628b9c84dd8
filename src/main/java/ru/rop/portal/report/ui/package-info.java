/** Screens of the {@code report} feature (views and their components); they reach the feature through its services. */
@NullMarked
package ru.rop.portal.report.ui;

import org.jspecify.annotations.NullMarked;
