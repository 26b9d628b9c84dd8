/** Charts drawn on the server as SVG (no client bundle): the radar of dimensions and its layout. */
@NullMarked
package ru.rop.portal.common.chart;

import org.jspecify.annotations.NullMarked;
