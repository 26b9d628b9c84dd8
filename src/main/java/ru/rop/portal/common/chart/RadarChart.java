package ru.rop.portal.common.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * A radar (spider) chart of 1–5 profiles drawn with Java2D, so the same code renders SVG for the page and vector
 * graphics for PDF reports. Unknown values leave a gap instead of pretending to be the middle of the scale.
 */
public final class RadarChart {

    private static final Color GRID = new Color(0xD5DCE6);
    private static final Color AXIS_LABEL = new Color(0x3B4556);
    private static final Color UNKNOWN_LABEL = new Color(0x9AA4B2);
    private static final double MIN = 1.0;
    private static final double MAX = 5.0;

    private final List<String> axes;
    private final String fontFamily;

    public RadarChart(List<String> axes, String fontFamily) {
        if (axes.size() < 3) {
            throw new IllegalArgumentException("A radar chart needs at least three axes");
        }
        this.axes = List.copyOf(axes);
        this.fontFamily = fontFamily;
    }

    public String toSvg(int width, int height, List<RadarSeries> series) {
        SVGGraphics2D svg = new SVGGraphics2D(width, height);
        draw(svg, new Rectangle2D.Double(0, 0, width, height), series);
        // A viewBox instead of fixed dimensions lets the page scale the chart to its column.
        return svg.getSVGElement(null, false, new ViewBox(0, 0, width, height), null, null);
    }

    public void draw(Graphics2D g, Rectangle2D area, List<RadarSeries> series) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Font labelFont = new Font(fontFamily, Font.PLAIN, (int) Math.max(10, Math.min(13, area.getWidth() / 40)));
        g.setFont(labelFont);
        FontMetrics metrics = g.getFontMetrics();
        double margin = Math.min(area.getWidth(), area.getHeight()) * 0.22;
        double radius = Math.min(area.getWidth(), area.getHeight()) / 2.0 - margin;
        Point2D center = new Point2D.Double(area.getCenterX(), area.getCenterY());

        g.setStroke(new BasicStroke(0.8f));
        for (int ring = 1; ring <= 5; ring++) {
            g.setColor(ring == 3 ? GRID.darker() : GRID);
            g.draw(polygon(center, radius, ring));
        }
        for (int i = 0; i < axes.size(); i++) {
            g.setColor(GRID);
            g.draw(new Line2D.Double(center, point(center, radius, i, MAX)));
        }
        for (RadarSeries one : series) {
            drawSeries(g, center, radius, one);
        }
        for (int i = 0; i < axes.size(); i++) {
            int axis = i;
            boolean known = series.stream().anyMatch(s -> value(s, axis) != null);
            g.setColor(known ? AXIS_LABEL : UNKNOWN_LABEL);
            drawLabel(g, metrics, center, radius, i, known ? axes.get(i) : axes.get(i) + " (?)");
        }
    }

    private void drawSeries(Graphics2D g, Point2D center, double radius, RadarSeries series) {
        Path2D shape = new Path2D.Double();
        List<Point2D> points = new ArrayList<>();
        for (int i = 0; i < axes.size(); i++) {
            Double value = value(series, i);
            if (value != null) {
                points.add(point(center, radius, i, value));
            }
        }
        if (points.isEmpty()) {
            return;
        }
        shape.moveTo(points.getFirst().getX(), points.getFirst().getY());
        points.stream().skip(1).forEach(p -> shape.lineTo(p.getX(), p.getY()));
        shape.closePath();
        Color color = series.color();
        g.setColor(new Color(color.getRed(), color.getGreen(), color.getBlue(), 56));
        g.fill(shape);
        g.setColor(color);
        g.setStroke(new BasicStroke(2.0f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(shape);
        for (Point2D p : points) {
            g.fill(new Ellipse2D.Double(p.getX() - 3, p.getY() - 3, 6, 6));
        }
    }

    private void drawLabel(Graphics2D g, FontMetrics metrics, Point2D center, double radius, int axis, String text) {
        Point2D anchor = point(center, radius + 10, axis, MAX);
        double angle = angle(axis);
        List<String> lines = wrap(text, metrics, (int) (radius * 0.9));
        double lineHeight = metrics.getHeight();
        double blockHeight = lines.size() * lineHeight;
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        double top = anchor.getY() - blockHeight / 2 + (sin > 0.3 ? blockHeight / 2 : sin < -0.3 ? -blockHeight / 2 : 0);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int width = metrics.stringWidth(line);
            double x = cos > 0.2 ? anchor.getX() : cos < -0.2 ? anchor.getX() - width : anchor.getX() - width / 2.0;
            g.drawString(line, (float) x, (float) (top + (i + 1) * lineHeight - metrics.getDescent()));
        }
    }

    private static List<String> wrap(String text, FontMetrics metrics, int maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (metrics.stringWidth(candidate) > maxWidth && !line.isEmpty()) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private Path2D polygon(Point2D center, double radius, double value) {
        Path2D ring = new Path2D.Double();
        for (int i = 0; i < axes.size(); i++) {
            Point2D p = point(center, radius, i, value);
            if (i == 0) {
                ring.moveTo(p.getX(), p.getY());
            } else {
                ring.lineTo(p.getX(), p.getY());
            }
        }
        ring.closePath();
        return ring;
    }

    private Point2D point(Point2D center, double radius, int axis, double value) {
        double share = (value - MIN) / (MAX - MIN);
        // The innermost ring (value 1) keeps a small radius so low values stay visible and distinct.
        double r = radius * (0.08 + 0.92 * share);
        return new Point2D.Double(center.getX() + r * Math.cos(angle(axis)), center.getY() + r * Math.sin(angle(axis)));
    }

    private double angle(int axis) {
        return -Math.PI / 2 + 2 * Math.PI * axis / axes.size();
    }

    private static Double value(RadarSeries series, int axis) {
        return axis < series.values().size() ? series.values().get(axis) : null;
    }
}
