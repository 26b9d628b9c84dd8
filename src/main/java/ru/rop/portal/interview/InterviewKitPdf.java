package ru.rop.portal.interview;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPCellEvent;
import org.openpdf.text.pdf.PdfPTable;
import org.springframework.stereotype.Component;
import ru.rop.portal.common.AppI18NProvider;
import ru.rop.portal.common.pdf.OfficePdf;
import ru.rop.portal.common.pdf.PdfBlocks;
import ru.rop.portal.common.pdf.PdfFonts;
import ru.rop.portal.common.pdf.PdfSetup;

/**
 * The interview kit on paper: per question what to listen for, probes, a behaviourally anchored 1–5 scale, the
 * styles to mark on their own scales, red flags to tick, and ruled lines for notes. A question stays on one page so the interviewer never turns over
 * in the middle of scoring it.
 */
@Component
class InterviewKitPdf {

    private static final int NOTE_LINES = 5;
    private static final float NOTE_LINE_HEIGHT = 20;
    private static final float CHECKBOX = 8;
    private static final float ITEM_SPACING = 18;
    private static final float PART_SPACING = 7;
    private static final float ROW_FONT = 9.5f;
    private static final float ROW_LEADING = ROW_FONT * 1.3f;
    private static final float ROW_PADDING = 1;
    private static final float QUESTION_SIZE = 11;
    private static final float QUESTION_LEADING = QUESTION_SIZE * 1.3f;

    /** Draws the square on the first text line of its row rather than in the middle of a tall row. */
    private static final PdfPCellEvent CHECKBOX_EVENT = (cell, position, canvases) -> {
        PdfContentByte canvas = canvases[PdfPTable.LINECANVAS];
        float baseline = position.getTop() - ROW_PADDING - ROW_LEADING;
        canvas.saveState();
        canvas.setColorStroke(PdfBlocks.MUTED);
        canvas.setLineWidth(0.75f);
        canvas.rectangle(position.getLeft() + 1, baseline - 1, CHECKBOX, CHECKBOX);
        canvas.stroke();
        canvas.restoreState();
    };

    private final AppI18NProvider i18n;

    InterviewKitPdf(AppI18NProvider i18n) {
        this.i18n = i18n;
    }

    byte[] render(KitDocument kit) {
        // Documents leave the portal in Russian, like mails and API answers.
        PdfSetup setup = new PdfSetup(kit.title(), i18n.russian("app.name"), AppI18NProvider.RUSSIAN,
                kit.header(), kit.pageFormat());
        return OfficePdf.render(setup, document -> write(document, kit));
    }

    private void write(Document document, KitDocument kit) {
        document.add(PdfBlocks.title(kit.title()));
        if (present(kit.subtitle())) {
            document.add(PdfBlocks.subtitle(kit.subtitle()));
        }
        if (!kit.summaryLines().isEmpty()) {
            document.add(box(kit.summaryLines(), PdfBlocks.INK));
        }
        for (KitDocument.Section section : kit.sections()) {
            List<KitDocument.Item> items = section.items();
            if (items.isEmpty()) {
                document.add(PdfBlocks.heading(section.heading()));
                continue;
            }
            document.add(PdfBlocks.headed(section.heading(), item(items.getFirst(), true)));
            items.stream().skip(1).forEach(item -> document.add(item(item, false)));
        }
        if (!kit.notes().isEmpty()) {
            PdfPTable notes = box(kit.notes(), PdfBlocks.MUTED);
            notes.setSpacingBefore(24);
            document.add(notes);
        }
    }

    /** A shaded panel with an accent bar, for the overview at the top and the notes at the end. */
    private static PdfPTable box(List<String> lines, Color color) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.LEFT);
        cell.setBorderWidthLeft(3);
        cell.setBorderColorLeft(PdfBlocks.ACCENT);
        cell.setBackgroundColor(PdfBlocks.SHADE);
        cell.setPadding(10);
        cell.setPaddingTop(6);
        for (String line : lines) {
            Paragraph paragraph = new Paragraph(line, PdfFonts.regular(10, color));
            paragraph.setMultipliedLeading(1.4f);
            cell.addElement(paragraph);
        }
        PdfPTable box = new PdfPTable(1);
        box.setWidthPercentage(100);
        box.setKeepTogether(true);
        box.setSpacingBefore(4);
        box.setSpacingAfter(6);
        box.addCell(cell);
        return box;
    }

    /**
     * The question sits on a shaded bar with its number hanging in its own column, so every part below lines up
     * under the question text.
     */
    private static PdfPTable item(KitDocument.Item item, boolean opensSection) {
        PdfPTable table = new PdfPTable(new float[] {1, 13});
        table.setWidthPercentage(100);
        table.setKeepTogether(true);
        table.setSpacingBefore(opensSection ? 0 : ITEM_SPACING);

        PdfPCell number = cell(new Paragraph(QUESTION_LEADING, item.number(),
                PdfFonts.bold(QUESTION_SIZE, PdfBlocks.ACCENT)));
        PdfPCell question = cell(new Paragraph(QUESTION_LEADING, item.text(),
                PdfFonts.bold(QUESTION_SIZE, PdfBlocks.INK)));
        if (present(item.meta())) {
            question.addElement(PdfBlocks.muted(item.meta()));
        }
        number.setPaddingLeft(6);
        question.setPaddingRight(6);
        for (PdfPCell bar : List.of(number, question)) {
            bar.setBackgroundColor(PdfBlocks.SHADE);
            bar.setPaddingTop(5);
            bar.setPaddingBottom(5);
            table.addCell(bar);
        }

        List<List<Element>> parts = new ArrayList<>();
        if (present(item.listenFor())) {
            parts.add(List.of(PdfBlocks.label(item.listenForLabel()), PdfBlocks.paragraph(item.listenFor())));
        }
        if (!item.probes().isEmpty()) {
            parts.add(List.of(PdfBlocks.label(item.probesLabel()), PdfBlocks.bullets(item.probes())));
        }
        if (!item.scale().isEmpty()) {
            parts.add(List.of(PdfBlocks.label(item.scaleLabel()), checklist(item.scale(), true)));
        }
        if (!item.styles().isEmpty()) {
            parts.add(List.of(PdfBlocks.label(item.stylesLabel()), PdfBlocks.bullets(item.styles())));
        }
        if (!item.redFlags().isEmpty()) {
            parts.add(List.of(PdfBlocks.label(item.redFlagsLabel()), checklist(item.redFlags(), false)));
        }
        parts.add(List.of(PdfBlocks.label(item.notesLabel()), noteLines()));
        for (List<Element> part : parts) {
            table.addCell(cell());
            PdfPCell content = cell(part.toArray(Element[]::new));
            // A cell drops the space above its first element, here the label's.
            content.setPaddingTop(PART_SPACING);
            table.addCell(content);
        }
        return table;
    }

    /** One row per entry with an empty square to tick; scale rows also show their level 1, 2, … */
    private static PdfPTable checklist(List<String> entries, boolean numbered) {
        PdfPTable table = new PdfPTable(numbered ? new float[] {1.1f, 0.9f, 22} : new float[] {1.1f, 22.9f});
        table.setWidthPercentage(100);
        for (int i = 0; i < entries.size(); i++) {
            PdfPCell box = row(cell());
            box.setCellEvent(CHECKBOX_EVENT);
            table.addCell(box);
            if (numbered) {
                table.addCell(row(cell(rowText(String.valueOf(i + 1), PdfFonts.bold(ROW_FONT, PdfBlocks.ACCENT)))));
            }
            table.addCell(row(cell(rowText(entries.get(i), PdfFonts.regular(ROW_FONT, PdfBlocks.INK)))));
        }
        return table;
    }

    private static Paragraph rowText(String text, Font font) {
        return new Paragraph(ROW_LEADING, text, font);
    }

    private static PdfPCell row(PdfPCell cell) {
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(PdfBlocks.SHADE);
        cell.setBorderWidth(0.75f);
        cell.setPaddingTop(ROW_PADDING);
        cell.setPaddingBottom(4);
        return cell;
    }

    private static PdfPTable noteLines() {
        PdfPTable lines = new PdfPTable(1);
        lines.setWidthPercentage(100);
        for (int i = 0; i < NOTE_LINES; i++) {
            PdfPCell line = new PdfPCell();
            line.setBorder(Rectangle.BOTTOM);
            line.setBorderColor(PdfBlocks.RULE);
            line.setBorderWidth(0.5f);
            line.setFixedHeight(NOTE_LINE_HEIGHT);
            lines.addCell(line);
        }
        return lines;
    }

    private static PdfPCell cell(Element... elements) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        for (Element element : elements) {
            cell.addElement(element);
        }
        return cell;
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
