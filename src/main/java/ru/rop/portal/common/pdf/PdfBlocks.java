package ru.rop.portal.common.pdf;

import java.awt.Color;
import java.util.List;
import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.ListItem;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * The typography every portal document shares, so a job description, an interview kit and an evaluation report
 * look like one family: a few text styles, bullet lists, plain tables and blocks that stay on one page.
 */
public final class PdfBlocks {

    public static final Color INK = new Color(0x1F2933);
    public static final Color MUTED = new Color(0x5F6B7A);
    public static final Color ACCENT = new Color(0x1F4E79);
    public static final Color RULE = new Color(0xC3CBD5);
    public static final Color SHADE = new Color(0xF1F4F8);

    private static final float BODY_SIZE = 10;
    private static final float LEADING = 1.35f;

    private PdfBlocks() {
    }

    public static Paragraph title(String text) {
        Paragraph title = new Paragraph(text, PdfFonts.bold(20, INK));
        title.setMultipliedLeading(1.2f);
        title.setSpacingAfter(4);
        return title;
    }

    public static Paragraph subtitle(String text) {
        Paragraph subtitle = new Paragraph(text, PdfFonts.regular(12, MUTED));
        subtitle.setMultipliedLeading(1.3f);
        subtitle.setSpacingAfter(14);
        return subtitle;
    }

    /** A section heading; add it through {@link #headed} so it never stands alone at the foot of a page. */
    public static Paragraph heading(String text) {
        Paragraph heading = new Paragraph(text, PdfFonts.bold(14, ACCENT));
        heading.setMultipliedLeading(1.25f);
        heading.setSpacingBefore(18);
        heading.setSpacingAfter(8);
        return heading;
    }

    public static Paragraph subheading(String text) {
        Paragraph heading = new Paragraph(text, PdfFonts.bold(11.5f, INK));
        heading.setMultipliedLeading(1.3f);
        heading.setSpacingBefore(10);
        heading.setSpacingAfter(4);
        return heading;
    }

    public static Paragraph paragraph(String text) {
        Paragraph paragraph = new Paragraph(text, PdfFonts.regular(BODY_SIZE, INK));
        paragraph.setMultipliedLeading(LEADING);
        paragraph.setSpacingAfter(6);
        return paragraph;
    }

    /** Secondary text: dates, durations, sources. */
    public static Paragraph muted(String text) {
        Paragraph paragraph = new Paragraph(text, PdfFonts.regular(9, MUTED));
        paragraph.setMultipliedLeading(LEADING);
        paragraph.setSpacingAfter(4);
        return paragraph;
    }

    /** A small caption above a block, e.g. «What to listen for». */
    public static Paragraph label(String text) {
        Paragraph label = new Paragraph(text, PdfFonts.bold(8.5f, MUTED));
        label.setMultipliedLeading(1.3f);
        label.setSpacingBefore(8);
        label.setSpacingAfter(2);
        return label;
    }

    public static org.openpdf.text.List bullets(List<String> items) {
        org.openpdf.text.List list = new org.openpdf.text.List(false, 12);
        list.setListSymbol(new Chunk("•", PdfFonts.bold(BODY_SIZE, ACCENT)));
        list.setIndentationLeft(2);
        for (String item : items) {
            ListItem entry = new ListItem(new Phrase(item, PdfFonts.regular(BODY_SIZE, INK)));
            entry.setMultipliedLeading(LEADING);
            entry.setSpacingAfter(2);
            list.add(entry);
        }
        return list;
    }

    /** A plain grid: a shaded header row repeated on every page, thin rules, relative column widths. */
    public static PdfPTable table(List<String> header, List<List<String>> rows, float... relativeWidths) {
        PdfPTable table = new PdfPTable(relativeWidths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(6);
        table.setSpacingAfter(8);
        for (String title : header) {
            PdfPCell cell = tableCell(title, PdfFonts.bold(9, INK));
            cell.setBackgroundColor(SHADE);
            table.addCell(cell);
        }
        for (List<String> row : rows) {
            row.forEach(text -> table.addCell(tableCell(text, PdfFonts.regular(9, INK))));
        }
        return table;
    }

    /** A section heading held on the same page as the block that opens the section. */
    public static PdfPTable headed(String heading, Element firstBlock) {
        return keepTogether(heading(heading), firstBlock);
    }

    /**
     * Blocks that move to the next page as one when they do not fit on this one; a group taller than a whole page
     * still breaks, between the blocks.
     */
    public static PdfPTable keepTogether(Element... blocks) {
        PdfPTable group = new PdfPTable(1);
        group.setWidthPercentage(100);
        group.setKeepTogether(true);
        // A cell ignores the space above its first element, so the group and each cell carry it instead.
        group.setSpacingBefore(spacingBefore(blocks[0]));
        for (int i = 0; i < blocks.length; i++) {
            PdfPCell cell = new PdfPCell();
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setPadding(0);
            cell.setPaddingTop(i == 0 ? 0 : spacingBefore(blocks[i]));
            cell.addElement(blocks[i]);
            group.addCell(cell);
        }
        return group;
    }

    private static PdfPCell tableCell(String text, org.openpdf.text.Font font) {
        Paragraph content = new Paragraph(text, font);
        content.setMultipliedLeading(1.3f);
        PdfPCell cell = new PdfPCell();
        cell.addElement(content);
        cell.setBorderColor(RULE);
        cell.setBorderWidth(0.5f);
        cell.setPadding(5);
        cell.setPaddingTop(2);
        return cell;
    }

    private static float spacingBefore(Element block) {
        return switch (block) {
            case Paragraph paragraph -> paragraph.getSpacingBefore();
            case PdfPTable table -> table.spacingBefore();
            default -> 0;
        };
    }
}
