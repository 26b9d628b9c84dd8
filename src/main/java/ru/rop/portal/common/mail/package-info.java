/** Sending e-mail, for every feature that writes to people. */
@NullMarked
package ru.rop.portal.common.mail;

import org.jspecify.annotations.NullMarked;
