package ru.rop.portal.report;

import java.awt.Color;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.openpdf.text.Element;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import ru.rop.portal.common.AppI18NProvider;
import ru.rop.portal.common.pdf.PdfBlocks;

/**
 * The candidate report's own colours, date and number alignment, kept in one place so that the sections print
 * the same thing the same way; the common faces and greys stay in {@link PdfBlocks}.
 */
final class CandidateReportStyle {

    static final Color FLAG = new Color(0xB42318);
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy",
            AppI18NProvider.RUSSIAN).withZone(ZoneId.systemDefault());
    private static final Color YES = new Color(0x2B7A3E);

    private CandidateReportStyle() {
    }

    static Color tone(Recommendation recommendation) {
        return switch (recommendation) {
            case STRONG_YES, YES -> YES;
            case NO, STRONG_NO -> FLAG;
            case INSUFFICIENT -> PdfBlocks.MUTED;
        };
    }

    /** Right-aligns the numeric columns {@code from}..{@code to}, header included. */
    static void alignNumbers(PdfPTable table, int from, int to) {
        for (int row = 0; row < table.size(); row++) {
            PdfPCell[] cells = table.getRow(row).getCells();
            for (int column = from; column <= to; column++) {
                if (cells[column] != null && cells[column].getCompositeElements() != null) {
                    cells[column].getCompositeElements().forEach(element -> {
                        if (element instanceof Paragraph paragraph) {
                            paragraph.setAlignment(Element.ALIGN_RIGHT);
                        }
                    });
                }
            }
        }
    }
}
