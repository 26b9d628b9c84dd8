/**
 * UI building blocks every feature's screens share: the main layout, notifications, formats, drafts kept in
 * the browser.
 */
@NullMarked
package ru.rop.portal.common.ui;

import org.jspecify.annotations.NullMarked;
