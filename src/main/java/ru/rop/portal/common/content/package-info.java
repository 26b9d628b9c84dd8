/** Loading and validating the content in {@code templates/}: errors name the file and the entry. */
@NullMarked
package ru.rop.portal.common.content;

import org.jspecify.annotations.NullMarked;
