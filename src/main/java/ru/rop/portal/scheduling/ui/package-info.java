@NullMarked
package ru.rop.portal.scheduling.ui;

import org.jspecify.annotations.NullMarked;
