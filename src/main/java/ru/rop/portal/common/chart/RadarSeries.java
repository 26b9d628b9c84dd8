package ru.rop.portal.common.chart;

import java.awt.Color;
import java.util.List;

/** One profile on a radar chart; a {@code null} value is unknown and leaves its axis without a point. */
public record RadarSeries(String name, Color color, List<Double> values) {
}
