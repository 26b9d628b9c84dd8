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
import java.util.function.DoublePredicate;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * A radar (spider) chart of 1–5 profiles drawn with Java2D, so the same code renders SVG for the page and vector
 * graphics for PDF reports. Unknown values leave a gap instead of pretending to be the middle of the scale. The
 * labels are measured with the font they are drawn in and the radius is the largest at which every label fits inside
 * the area, so no label is ever cut off; the rings carry their values 1–5 as the scale.
 */
public final class RadarChart {

    private static final Color GRID = new Color(0xD5DCE6);
    private static final Color AXIS_LABEL = new Color(0x3B4556);
    private static final Color UNKNOWN_LABEL = new Color(0x9AA4B2);
    private static final Color SCALE_LABEL = new Color(0x6B7585);
    private static final double MIN = 1.0;
    private static final double MAX = 5.0;
    /** Between the outer ring and its label. */
    private static final double GAP = 6;
    /** A browser may draw the SVG's text in a slightly wider face than the one measured here. */
    private static final double SVG_WIDTH_SLACK = 1.12;
    /** Widths tried for the labels at the sides and at the top and bottom, as shares of the area's width. */
    private static final double[] SIDE_BUDGETS = {0.36, 0.3, 0.24};
    private static final double[] END_BUDGETS = {0.3, 0.16};

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
        draw(svg, new Rectangle2D.Double(0, 0, width, height), series, SVG_WIDTH_SLACK);
        // A viewBox instead of fixed dimensions lets the page scale the chart to its column.
        return svg.getSVGElement(null, false, new ViewBox(0, 0, width, height), null, null);
    }

    /** Draws into the area with the widths the font measures: the PDF embeds the very font measured. */
    public void draw(Graphics2D g, Rectangle2D area, List<RadarSeries> series) {
        draw(g, area, series, 1.0);
    }

    private void draw(Graphics2D g, Rectangle2D area, List<RadarSeries> series, double widthSlack) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setFont(labelFont(area));
        FontMetrics metrics = g.getFontMetrics();
        Layout layout = layout(metrics, area, series, widthSlack);
        Point2D center = layout.center();
        double radius = layout.radius();

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
        drawScale(g, center, radius);
        for (Label label : layout.labels()) {
            g.setColor(label.known() ? AXIS_LABEL : UNKNOWN_LABEL);
            double lineHeight = metrics.getHeight();
            for (int i = 0; i < label.lines().size(); i++) {
                String line = label.lines().get(i);
                double width = metrics.stringWidth(line) * widthSlack;
                Rectangle2D box = label.box();
                double x = label.align() < 0 ? box.getX() : label.align() > 0 ? box.getMaxX() - width
                        : box.getCenterX() - width / 2;
                g.drawString(line, (float) x, (float) (box.getY() + i * lineHeight + metrics.getAscent()));
            }
        }
    }

    /** 10–13 points by the width; a flat area takes a smaller face, so its stacked labels stay apart. */
    static int labelSize(Rectangle2D area) {
        return (int) Math.max(9, Math.min(13, Math.min(area.getWidth() / 40, area.getHeight() / 17)));
    }

    private Font labelFont(Rectangle2D area) {
        return new Font(fontFamily, Font.PLAIN, labelSize(area));
    }

    /**
     * Where everything goes: the labels on one line or two, and the largest radius at which every label box lies
     * inside the area. The labels try a few widths: a flat area does best with one-line labels (the height is short),
     * a square one with two-line labels (the width is); the layout with the largest radius whose labels keep apart
     * wins.
     */
    Layout layout(FontMetrics metrics, Rectangle2D area, List<RadarSeries> series, double widthSlack) {
        Layout best = null;
        for (double sideBudget : SIDE_BUDGETS) {
            for (double endBudget : END_BUDGETS) {
                Layout candidate = layout(metrics, area, series, widthSlack, sideBudget, endBudget);
                boolean apart = candidate.apart();
                if (best == null || apart && (!best.apart() || candidate.radius() > best.radius())) {
                    best = candidate;
                }
            }
        }
        return best;
    }

    private Layout layout(FontMetrics metrics, Rectangle2D area, List<RadarSeries> series, double widthSlack,
                          double sideBudget, double endBudget) {
        Point2D center = new Point2D.Double(area.getCenterX(), area.getCenterY());
        List<List<String>> lines = new ArrayList<>();
        List<double[]> sizes = new ArrayList<>();
        for (int i = 0; i < axes.size(); i++) {
            String text = known(series, i) ? axes.get(i) : axes.get(i) + " (?)";
            // A label at the top or the bottom sits between its neighbours' labels: it may need two lines.
            double budget = area.getWidth() * (Math.abs(Math.cos(angle(i))) > 0.2 ? sideBudget : endBudget);
            List<String> wrapped = wrap(text, metrics, budget / widthSlack);
            lines.add(wrapped);
            double width = wrapped.stream().mapToDouble(metrics::stringWidth).max().orElse(0) * widthSlack;
            sizes.add(new double[] {width, wrapped.size() * (double) metrics.getHeight()});
        }
        // The boxes move outwards with the radius, so the largest radius that still fits is found by halving.
        double radius = largest(0, Math.min(area.getWidth(), area.getHeight()) / 2,
                r -> fits(boxes(center, r, 0, sizes), area));
        // In a flat area the height limits the radius and the labels beside the top and bottom ones crowd them;
        // the width left over moves the side labels outwards, away from their neighbours.
        double spread = largest(0, radius * 0.4, d -> fits(boxes(center, radius, d, sizes), area));
        List<Rectangle2D> boxes = boxes(center, radius, spread, sizes);
        List<Label> labels = new ArrayList<>();
        for (int i = 0; i < axes.size(); i++) {
            labels.add(new Label(lines.get(i), boxes.get(i), align(i), known(series, i)));
        }
        return new Layout(center, radius, labels);
    }

    private static boolean known(List<RadarSeries> series, int axis) {
        return series.stream().anyMatch(s -> value(s, axis) != null);
    }

    private static double largest(double low, double high, DoublePredicate fits) {
        for (int step = 0; step < 40; step++) {
            double middle = (low + high) / 2;
            if (fits.test(middle)) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** @param spread how much further out than the ring the labels at the sides stand */
    private List<Rectangle2D> boxes(Point2D center, double radius, double spread, List<double[]> sizes) {
        List<Rectangle2D> boxes = new ArrayList<>();
        for (int i = 0; i < sizes.size(); i++) {
            double width = sizes.get(i)[0];
            double height = sizes.get(i)[1];
            double cos = Math.cos(angle(i));
            double sin = Math.sin(angle(i));
            int align = align(i);
            double ax = center.getX() + (radius + GAP) * cos - align * spread;
            double ay = center.getY() + (radius + GAP) * sin;
            double x = align < 0 ? ax : align > 0 ? ax - width : ax - width / 2;
            double y = sin > 0.3 ? ay : sin < -0.3 ? ay - height : ay - height / 2;
            boxes.add(new Rectangle2D.Double(x, y, width, height));
        }
        return boxes;
    }

    private static boolean fits(List<Rectangle2D> boxes, Rectangle2D area) {
        return boxes.stream().allMatch(box -> box.getX() >= area.getX() && box.getY() >= area.getY()
                && box.getMaxX() <= area.getMaxX() && box.getMaxY() <= area.getMaxY());
    }

    /** -1: the label starts at its anchor (right half), 1: it ends there (left half), 0: centred on it. */
    private int align(int axis) {
        double cos = Math.cos(angle(axis));
        return cos > 0.2 ? -1 : cos < -0.2 ? 1 : 0;
    }

    /**
     * The ring values between the first two axes, inside the chart where no label is, so a reader sees what 1 and 5
     * mean without a legend.
     */
    private void drawScale(Graphics2D g, Point2D center, double radius) {
        Font labelFont = g.getFont();
        g.setFont(labelFont.deriveFont(Math.max(8f, labelFont.getSize2D() - 2)));
        FontMetrics metrics = g.getFontMetrics();
        g.setColor(SCALE_LABEL);
        for (int ring = 1; ring <= 5; ring++) {
            Point2D a = point(center, radius, 0, ring);
            Point2D b = point(center, radius, 1, ring);
            String value = Integer.toString(ring);
            g.drawString(value, (float) ((a.getX() + b.getX()) / 2 - metrics.stringWidth(value) / 2.0),
                    (float) ((a.getY() + b.getY()) / 2 + metrics.getAscent() / 2.0));
        }
        g.setFont(labelFont);
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

    /** One line if it fits the budget, else two lines split where the longer of them is shortest. */
    private static List<String> wrap(String text, FontMetrics metrics, double budget) {
        String[] words = text.split(" ");
        if (words.length == 1 || metrics.stringWidth(text) <= budget) {
            return List.of(text);
        }
        List<String> best = null;
        int bestWidth = Integer.MAX_VALUE;
        for (int split = 1; split < words.length; split++) {
            String first = String.join(" ", List.of(words).subList(0, split));
            String second = String.join(" ", List.of(words).subList(split, words.length));
            int width = Math.max(metrics.stringWidth(first), metrics.stringWidth(second));
            if (width < bestWidth) {
                bestWidth = width;
                best = List.of(first, second);
            }
        }
        return best;
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

    /** An axis label: its wrapped lines and the box they take, measured with the font they are drawn in. */
    record Label(List<String> lines, Rectangle2D box, int align, boolean known) {
    }

    record Layout(Point2D center, double radius, List<Label> labels) {

        /** No label box overlaps another. */
        boolean apart() {
            for (int i = 0; i < labels.size(); i++) {
                for (int j = i + 1; j < labels.size(); j++) {
                    if (labels.get(i).box().intersects(labels.get(j).box())) {
                        return false;
                    }
                }
            }
            return true;
        }
    }
}
