package ru.rop.portal.documents;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Utilities;
import org.openpdf.text.pdf.draw.VerticalPositionMark;
import org.springframework.stereotype.Component;
import ru.rop.portal.common.AppI18NProvider;
import ru.rop.portal.common.pdf.OfficePdf;
import ru.rop.portal.common.pdf.PdfBlocks;
import ru.rop.portal.common.pdf.PdfFonts;
import ru.rop.portal.common.pdf.PdfSetup;
import ru.rop.portal.documents.OfficeDocument.Approval;
import ru.rop.portal.documents.OfficeDocument.Block;
import ru.rop.portal.documents.OfficeDocument.Clause;
import ru.rop.portal.documents.OfficeDocument.Heading;
import ru.rop.portal.documents.OfficeDocument.Signatures;
import ru.rop.portal.documents.OfficeDocument.Subtitle;
import ru.rop.portal.documents.OfficeDocument.Title;

/**
 * An HR document as a PDF in the look of a Russian office document typed in Word: 12 pt serif (Liberation Serif,
 * metric-compatible with Times New Roman), 1.15 line spacing, justified text, the approval stamp in the top right
 * corner, numbered clauses with hanging numbers.
 */
@Component
public class DocumentPdf {

    private static final Color INK = Color.BLACK;
    private static final float BODY_SIZE = 12;
    /** Word's «multiple 1.15» is 1.15 × the font's own line height, which for Times is 1.15 em. */
    private static final float LEADING = 1.15f * 1.15f;
    /** The hanging indent of clauses and the first-line indent of paragraphs, 1.25 cm as in Word's defaults. */
    private static final float INDENT = Utilities.millimetersToPoints(12.5f);
    private static final Font BODY = PdfFonts.serif(BODY_SIZE, INK);

    private final AppI18NProvider i18n;

    public DocumentPdf(AppI18NProvider i18n) {
        this.i18n = i18n;
    }

    /**
     * @param header     the running header on every page, e.g. the company and the date; blank for none
     * @param pageFormat a {@link java.text.MessageFormat} pattern for the footer: {0} is the page, {1} the count
     */
    public byte[] render(OfficeDocument doc, String header, String pageFormat) {
        // Documents leave the portal in Russian, like mails and API answers.
        PdfSetup setup = new PdfSetup(doc.title(), i18n.russian("app.name"), AppI18NProvider.RUSSIAN, header,
                pageFormat);
        return OfficePdf.render(setup, document -> write(document, doc.blocks()));
    }

    private static void write(Document document, List<Block> blocks) {
        float textWidth = document.right() - document.left();
        List<Element> headings = new ArrayList<>();
        for (Block block : blocks) {
            Element element = element(block, textWidth);
            if (block instanceof Heading) {
                headings.add(element);
            } else if (!headings.isEmpty() && block instanceof OfficeDocument.Paragraph) {
                // An introduction («Руководитель отдела продаж:») stays with its heading and the first clause.
                headings.add(element);
            } else if (!headings.isEmpty()) {
                // Headings travel to the next page with the block they open rather than end a page.
                headings.add(element);
                document.add(PdfBlocks.keepTogether(headings.toArray(Element[]::new)));
                headings.clear();
            } else {
                document.add(element);
            }
        }
        headings.forEach(document::add);
    }

    private static Element element(Block block, float textWidth) {
        return switch (block) {
            case Approval approval -> approval(approval.lines(), textWidth);
            case Title title -> centred(title.text(), PdfFonts.serifBold(14, INK), 0, 4);
            case Subtitle subtitle -> centred(subtitle.text(), PdfFonts.serifBold(BODY_SIZE, INK), 0, 16);
            case Heading heading -> heading(heading.text());
            case Clause clause -> clause(clause.number(), clause.text());
            case OfficeDocument.Paragraph paragraph -> paragraph(paragraph.text());
            case Signatures signatures -> PdfBlocks.keepTogether(signatures(signatures.lines()));
        };
    }

    /** The right half of the text width, its lines left-aligned, as the stamp is typed in Word. */
    private static Paragraph approval(List<String> lines, float textWidth) {
        Paragraph approval = lines(lines);
        approval.setIndentationLeft(textWidth / 2);
        approval.setSpacingAfter(24);
        return approval;
    }

    private static Paragraph centred(String text, Font font, float before, float after) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setMultipliedLeading(LEADING);
        paragraph.setSpacingBefore(before);
        paragraph.setSpacingAfter(after);
        return paragraph;
    }

    private static Paragraph heading(String text) {
        Paragraph heading = new Paragraph(text, PdfFonts.serifBold(BODY_SIZE, INK));
        heading.setMultipliedLeading(LEADING);
        heading.setSpacingBefore(12);
        heading.setSpacingAfter(4);
        return heading;
    }

    /** The number hangs in the indent and a tab lines the text up after it, on every line of the clause. */
    private static Paragraph clause(String number, String text) {
        Paragraph clause = new Paragraph();
        clause.setFont(BODY);
        clause.add(new Chunk(number, BODY));
        if (BODY.getBaseFont().getWidthPoint(number + " ", BODY_SIZE) < INDENT) {
            clause.add(new Chunk(new VerticalPositionMark(), INDENT));
        } else {
            // A number wider than the indent would run into the text; a space keeps them apart instead.
            clause.add(new Chunk(" ", BODY));
        }
        clause.add(new Chunk(text, BODY));
        clause.setIndentationLeft(INDENT);
        clause.setFirstLineIndent(-INDENT);
        return body(clause, 3);
    }

    private static Paragraph paragraph(String text) {
        Paragraph paragraph = new Paragraph(text, BODY);
        paragraph.setFirstLineIndent(INDENT);
        return body(paragraph, 6);
    }

    private static Paragraph body(Paragraph paragraph, float after) {
        paragraph.add(lastLineFiller());
        paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
        paragraph.setMultipliedLeading(LEADING);
        paragraph.setSpacingAfter(after);
        return paragraph;
    }

    /**
     * OpenPDF stretches the last line of a justified paragraph like the line above it; a mark at the end of the
     * paragraph takes up the rest of that line instead, so it stays left-aligned as in a word processor. The mark
     * is an object replacement character that the font measures as a whole glyph: negative spacing cancels that,
     * or a full last line would push the mark onto a line of its own.
     */
    private static Chunk lastLineFiller() {
        Chunk filler = new Chunk(new VerticalPositionMark());
        filler.setFont(BODY);
        filler.setCharacterSpacing(-BODY.getBaseFont().getWidthPoint(Chunk.OBJECT_REPLACEMENT_CHARACTER, BODY_SIZE));
        return filler;
    }

    private static Paragraph signatures(List<String> lines) {
        Paragraph signatures = lines(lines);
        signatures.setSpacingBefore(24);
        return signatures;
    }

    /** Lines as typed, an empty one included, in one paragraph. */
    private static Paragraph lines(List<String> lines) {
        Paragraph paragraph = new Paragraph(String.join("\n", lines), BODY);
        paragraph.setMultipliedLeading(LEADING);
        return paragraph;
    }
}
