package ru.rop.portal.common.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Horizontal bars with their labels and values, drawn with Java2D like {@link RadarChart}: SVG for the page, the same
 * code for PDF. Bars are scaled to the largest value; each bar carries its value as text, so the chart reads without
 * an axis.
 */
public final class BarChart {

    /** One bar; {@code text} is the value as shown (e.g. «12» or «4,5 дн.»). */
    public record Bar(String label, double value, String text) {
    }

    static final int ROW = 26;
    private static final int BAR = 16;
    private static final int GAP = 8;
    private static final Color TRACK = new Color(0xEEF1F6);
    private static final Color LABEL = new Color(0x3B4556);
    /** A browser may draw the SVG's text in a slightly wider face than the one measured here. */
    private static final double SVG_WIDTH_SLACK = 1.12;

    private final String fontFamily;
    private final Color color;

    public BarChart(String fontFamily, Color color) {
        this.fontFamily = fontFamily;
        this.color = color;
    }

    public static int height(int bars) {
        return Math.max(1, bars) * ROW + GAP;
    }

    public String toSvg(int width, List<Bar> bars) {
        int height = height(bars.size());
        SVGGraphics2D svg = new SVGGraphics2D(width, height);
        draw(svg, new Rectangle2D.Double(0, 0, width, height), bars, SVG_WIDTH_SLACK);
        return svg.getSVGElement(null, false, new ViewBox(0, 0, width, height), null, null);
    }

    public void draw(Graphics2D g, Rectangle2D area, List<Bar> bars) {
        draw(g, area, bars, 1.0);
    }

    private void draw(Graphics2D g, Rectangle2D area, List<Bar> bars, double widthSlack) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setFont(new Font(fontFamily, Font.PLAIN, 12));
        FontMetrics metrics = g.getFontMetrics();
        double labelWidth = bars.stream().mapToDouble(b -> metrics.stringWidth(b.label()) * widthSlack).max()
                .orElse(0);
        double valueWidth = bars.stream().mapToDouble(b -> metrics.stringWidth(b.text()) * widthSlack).max()
                .orElse(0);
        // Labels never take more than 40% of the width; longer ones are cut with an ellipsis.
        labelWidth = Math.min(labelWidth, area.getWidth() * 0.4);
        double trackX = area.getX() + labelWidth + GAP;
        double trackWidth = Math.max(1, area.getWidth() - labelWidth - valueWidth - 2 * GAP);
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double top = area.getY() + GAP / 2.0 + i * ROW;
            double baseline = top + (BAR + metrics.getAscent() - metrics.getDescent()) / 2.0;
            g.setColor(LABEL);
            g.drawString(fitted(bar.label(), metrics, labelWidth / widthSlack), (float) area.getX(),
                    (float) baseline);
            g.setColor(TRACK);
            g.fill(new Rectangle2D.Double(trackX, top, trackWidth, BAR));
            double length = max <= 0 ? 0 : trackWidth * Math.max(0, bar.value()) / max;
            g.setColor(color);
            g.fill(new Rectangle2D.Double(trackX, top, length, BAR));
            g.setColor(LABEL);
            g.drawString(bar.text(), (float) (trackX + trackWidth + GAP), (float) baseline);
        }
    }

    private static String fitted(String text, FontMetrics metrics, double width) {
        if (metrics.stringWidth(text) <= width) {
            return text;
        }
        String cut = text;
        while (cut.length() > 1 && metrics.stringWidth(cut + "…") > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }
}
