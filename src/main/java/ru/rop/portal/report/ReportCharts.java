package ru.rop.portal.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.FontMapper;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPCellEvent;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfTemplate;
import ru.rop.portal.common.pdf.PdfBlocks;
import ru.rop.portal.common.pdf.PdfFonts;

/**
 * Java2D drawings placed into the report as vector graphics. The AWT side measures text with the same Liberation
 * Sans the PDF embeds (registered from the font jar, not taken from the machine), so labels are laid out with the
 * widths they print with, and the font mapper hands OpenPDF the embedded faces for every string drawn.
 */
final class ReportCharts {

    static final String FONT_FAMILY = "Liberation Sans";
    private static final Color BAR_TRACK = new Color(0xE6EBF1);

    private static final FontMapper FONTS = new FontMapper() {
        @Override
        public BaseFont awtToPdf(Font font) {
            return (font.isBold() ? PdfFonts.bold(10, PdfBlocks.INK) : PdfFonts.regular(10, PdfBlocks.INK))
                    .getBaseFont();
        }

        @Override
        public Font pdfToAwt(BaseFont font, int size) {
            return new Font(FONT_FAMILY, Font.PLAIN, size);
        }
    };

    static {
        register("LiberationSans-Regular.ttf");
        register("LiberationSans-Bold.ttf");
    }

    private ReportCharts() {
    }

    /**
     * A borderless cell of the given height whose content is a drawing: at layout time the painter gets a
     * {@link Graphics2D} over a form XObject exactly the size of the cell, with the origin at its top left.
     */
    static PdfPCell drawing(float height, Consumer<Graphics2D> painter) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setFixedHeight(height);
        cell.setPadding(0);
        cell.setCellEvent(new Painter(painter));
        return cell;
    }

    /** A one-cell table holding a drawing, to add to the document or to keep together with a heading. */
    static PdfPTable block(float height, Consumer<Graphics2D> painter) {
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setKeepTogether(true);
        table.addCell(drawing(height, painter));
        return table;
    }

    /**
     * Horizontal bars on a 1–5 scale: label, track, filled part, value; a {@code null} score draws an empty track
     * with a dash, so a role without evidence is visibly unknown rather than zero.
     */
    static void bars(Graphics2D g, Rectangle2D area, List<String> labels, List<Double> scores, List<String> values) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Font font = new Font(FONT_FAMILY, Font.PLAIN, 9);
        g.setFont(font);
        FontMetrics metrics = g.getFontMetrics();
        double labelWidth = labels.stream().mapToInt(metrics::stringWidth).max().orElse(0) + 12;
        double valueWidth = 30;
        double rowHeight = area.getHeight() / labels.size();
        double barHeight = Math.min(9, rowHeight * 0.5);
        double trackLeft = area.getX() + labelWidth;
        double trackWidth = area.getWidth() - labelWidth - valueWidth;
        for (int i = 0; i < labels.size(); i++) {
            double middle = area.getY() + rowHeight * i + rowHeight / 2;
            float baseline = (float) (middle + metrics.getAscent() / 2.0 - 1);
            g.setColor(PdfBlocks.INK);
            g.drawString(labels.get(i), (float) area.getX(), baseline);
            g.setColor(BAR_TRACK);
            g.fill(new RoundRectangle2D.Double(trackLeft, middle - barHeight / 2, trackWidth, barHeight, 3, 3));
            Double score = scores.get(i);
            if (score != null) {
                double share = Math.max(0, Math.min(1, score / 5.0));
                g.setColor(PdfBlocks.ACCENT);
                g.fill(new RoundRectangle2D.Double(trackLeft, middle - barHeight / 2, trackWidth * share, barHeight,
                        3, 3));
            }
            g.setColor(score == null ? PdfBlocks.MUTED : PdfBlocks.INK);
            String value = values.get(i);
            g.drawString(value, (float) (area.getMaxX() - metrics.stringWidth(value)), baseline);
        }
    }

    private record Painter(Consumer<Graphics2D> painter) implements PdfPCellEvent {

        @Override
        public void cellLayout(PdfPCell cell, org.openpdf.text.Rectangle position, PdfContentByte[] canvases) {
            PdfContentByte canvas = canvases[PdfPTable.TEXTCANVAS];
            float width = position.getWidth();
            float height = position.getHeight();
            PdfTemplate template = canvas.createTemplate(width, height);
            Graphics2D g = template.createGraphics(width, height, FONTS);
            try {
                painter.accept(g);
            } finally {
                g.dispose();
            }
            canvas.addTemplate(template, position.getLeft(), position.getBottom());
        }
    }

    private static void register(String file) {
        try (InputStream in = ReportCharts.class.getResourceAsStream("/liberation/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Font " + file + " is missing: is openpdf-fonts-extra on the classpath?");
            }
            GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(Font.createFont(Font.TRUETYPE_FONT, in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("Font " + file + " cannot be read", e);
        }
    }
}
