package ru.rop.portal.retention;

import java.awt.Color;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.springframework.stereotype.Component;
import ru.rop.portal.candidate.ErasedCandidate;
import ru.rop.portal.common.AppI18NProvider;
import ru.rop.portal.common.pdf.OfficePdf;
import ru.rop.portal.common.pdf.PdfBlocks;
import ru.rop.portal.common.pdf.PdfFonts;
import ru.rop.portal.common.pdf.PdfSetup;

/**
 * The act on the destruction of personal data with the extract from the system's event log, as order No. 179 of
 * Roskomnadzor (28.10.2022) requires for data processed by automated means: the operator and its address, the
 * people, the categories of data, the information system, the method, the reason, the date, and the persons who
 * destroyed it with their signatures. Printed in the office serif, signed on paper.
 */
@Component
class DestructionActPdf {

    private static final Color INK = Color.BLACK;
    private static final float SIZE = 10.5f;
    private static final Font BODY = PdfFonts.serif(SIZE, INK);
    private static final Font BOLD = PdfFonts.serifBold(SIZE, INK);
    private static final Font SMALL = PdfFonts.serif(8, PdfBlocks.MUTED);
    private static final Font CELL = PdfFonts.serif(9, INK);
    private static final Font CELL_BOLD = PdfFonts.serifBold(9, INK);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy")
            .withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private final AppI18NProvider i18n;

    DestructionActPdf(AppI18NProvider i18n) {
        this.i18n = i18n;
    }

    byte[] render(ActContent act) {
        String title = t("act.title", number(act));
        PdfSetup setup = new PdfSetup(title + " " + t("act.subtitle"), t("app.name"), AppI18NProvider.RUSSIAN,
                t("act.header", number(act), DATE.format(act.date())), t("act.page"));
        return OfficePdf.render(setup, document -> write(document, act));
    }

    private void write(Document document, ActContent act) {
        float width = document.right() - document.left();
        Paragraph approval = lines(List.of(t("act.approve"), t("act.approve.who"), t("act.approve.sign"),
                t("act.approve.date")), BODY);
        approval.setIndentationLeft(width * 0.55f);
        approval.setSpacingAfter(4);
        document.add(approval);
        document.add(centred(t("act.title", number(act)), PdfFonts.serifBold(14, INK), 0));
        document.add(centred(t("act.subtitle"), BOLD, 6));

        String date = DATE.format(act.date());
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {t("act.operator"), blankOr(act.operator())});
        facts.add(new String[] {t("act.operator-address"), blankOr(act.operatorAddress())});
        facts.add(new String[] {t("act.processor"), t("act.processor.none")});
        facts.add(new String[] {t("act.system"), t("act.system.value", t("app.name"))});
        facts.add(new String[] {t("act.carrier"), t("act.carrier.value")});
        facts.add(new String[] {t("act.method"), t("act.method.value")});
        facts.add(new String[] {t("act.reason"), t("act.reason." + act.reason().name())});
        facts.add(new String[] {t("act.date"), date});
        facts.add(new String[] {t("act.count"), String.valueOf(act.subjects().size())});
        facts.add(new String[] {t("act.categories"), t("act.categories.value")});
        document.add(facts(facts));

        document.add(heading(t("act.subjects")));
        List<List<String>> subjects = new ArrayList<>();
        int row = 0;
        for (ErasedCandidate subject : act.subjects()) {
            subjects.add(List.of(String.valueOf(++row), subject.fullName(), DATE_TIME.format(subject.erasedAt()),
                    String.valueOf(subject.erasureId())));
        }
        document.add(table(List.of(t("act.column.number"), t("act.column.name"), t("act.column.erased"),
                t("act.column.record")), subjects, 0.6f, 5f, 2.6f, 1.6f));

        // The statement goes with the signatures: a signature page never stands without text of the act.
        document.add(PdfBlocks.keepTogether(body(t("act.statement")), heading(t("act.signatures")),
                signatures(List.of(t("act.signature.responsible"), t("act.signature.admin")))));

        document.newPage();
        document.add(centred(t("act.log.title"), BOLD, 4));
        document.add(centred(t("act.log.subtitle", number(act), date), BODY, 12));
        document.add(body(t("act.log.intro", t("app.name"))));
        List<List<String>> log = new ArrayList<>();
        for (ErasedCandidate subject : act.subjects()) {
            log.add(List.of(String.valueOf(subject.erasureId()), DATE_TIME.format(subject.erasedAt()),
                    subject.fullName(), t("act.log.event"), t("act.log.reason." + subject.reason().name()),
                    RetentionJob.SYSTEM.equals(subject.erasedBy()) ? t("act.log.system") : subject.erasedBy()));
        }
        document.add(table(List.of(t("act.log.column.record"), t("act.log.column.time"), t("act.column.name"),
                t("act.log.column.event"), t("act.log.column.reason"), t("act.log.column.by")), log,
                1.2f, 2.2f, 3.2f, 2.4f, 2.2f, 2.4f));
        document.add(body(t("act.log.categories")));
    }

    private static Paragraph heading(String text) {
        Paragraph heading = new Paragraph(text, BOLD);
        heading.setMultipliedLeading(1.3f);
        heading.setSpacingBefore(8);
        heading.setSpacingAfter(2);
        return heading;
    }

    private static Paragraph body(String text) {
        Paragraph paragraph = new Paragraph(text, BODY);
        paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
        paragraph.setMultipliedLeading(1.3f);
        paragraph.setSpacingAfter(6);
        return paragraph;
    }

    private static Paragraph centred(String text, Font font, float after) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setMultipliedLeading(1.3f);
        paragraph.setSpacingAfter(after);
        return paragraph;
    }

    private static Paragraph lines(List<String> lines, Font font) {
        Paragraph paragraph = new Paragraph(String.join("\n", lines), font);
        paragraph.setMultipliedLeading(1.2f);
        return paragraph;
    }

    /** Label and value side by side, without rules, as the details of a typed act. */
    private static PdfPTable facts(List<String[]> rows) {
        PdfPTable table = new PdfPTable(new float[] {3.1f, 6.9f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(4);
        for (String[] row : rows) {
            table.addCell(cell(row[0], BOLD, Rectangle.NO_BORDER));
            table.addCell(cell(row[1], BODY, Rectangle.NO_BORDER));
        }
        return table;
    }

    private static PdfPTable table(List<String> header, List<List<String>> rows, float... widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(4);
        table.setSpacingAfter(8);
        header.forEach(text -> table.addCell(cell(text, CELL_BOLD, Rectangle.BOX)));
        rows.forEach(row -> row.forEach(text -> table.addCell(cell(text, CELL, Rectangle.BOX))));
        return table;
    }

    private static PdfPCell cell(String text, Font font, int border) {
        Paragraph content = new Paragraph(text, font);
        content.setMultipliedLeading(1.2f);
        PdfPCell cell = new PdfPCell();
        cell.addElement(content);
        cell.setBorder(border);
        cell.setBorderWidth(0.5f);
        cell.setPadding(3);
        cell.setPaddingTop(0);
        return cell;
    }

    /** A signature line per person with the captions under it: who, signature, name and position. */
    private PdfPTable signatures(List<String> roles) {
        PdfPTable table = new PdfPTable(new float[] {4.2f, 0.3f, 2.4f, 0.3f, 2.8f});
        table.setWidthPercentage(100);
        for (String role : roles) {
            PdfPCell who = cell(role, BODY, Rectangle.NO_BORDER);
            who.setPaddingTop(4);
            table.addCell(who);
            table.addCell(cell("", BODY, Rectangle.NO_BORDER));
            table.addCell(cell("", BODY, Rectangle.BOTTOM));
            table.addCell(cell("", BODY, Rectangle.NO_BORDER));
            table.addCell(cell("", BODY, Rectangle.BOTTOM));
            for (String caption : new String[] {"", "", t("act.signature.sign"), "", t("act.signature.name")}) {
                table.addCell(cell(caption, SMALL, Rectangle.NO_BORDER));
            }
        }
        return table;
    }

    /** As typed, without the digit grouping a message format would add («1 234»). */
    private static String number(ActContent act) {
        return String.valueOf(act.number());
    }

    private String blankOr(String value) {
        return value == null || value.isBlank() ? "______________________________________________" : value;
    }

    private String t(String key, Object... params) {
        return i18n.russian(key, params);
    }
}
