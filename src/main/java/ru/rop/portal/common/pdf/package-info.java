/** PDF building blocks shared by the reports and documents: fonts, page layout, tables. */
@NullMarked
package ru.rop.portal.common.pdf;

import org.jspecify.annotations.NullMarked;
