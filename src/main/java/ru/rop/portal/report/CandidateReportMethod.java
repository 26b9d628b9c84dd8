package ru.rop.portal.report;

import java.util.List;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import ru.rop.portal.common.pdf.PdfBlocks;
import ru.rop.portal.common.pdf.PdfFonts;

/** What the numbers can and cannot say, and the lines the owner signs the decision on. */
final class CandidateReportMethod extends CandidateReportSection {

    CandidateReportMethod(CandidateReportContext report) {
        super(report);
    }

    @Override
    void write() {
        document.add(PdfBlocks.headed(t("report.section.method"), PdfBlocks.paragraph(t("report.method.scores"))));
        document.add(PdfBlocks.paragraph(t("report.method.type")));
        document.add(PdfBlocks.paragraph(t("report.method.limits")));
        Paragraph advice = new Paragraph(t("profile.advice"), PdfFonts.bold(10, PdfBlocks.INK));
        advice.setMultipliedLeading(1.35f);
        advice.setSpacingBefore(4);
        document.add(advice);
        // Blank columns between the fields, so three signature lines do not read as one rule.
        PdfPTable signatures = new PdfPTable(new float[] {3.2f, 0.4f, 4.6f, 0.4f, 2.2f});
        signatures.setWidthPercentage(100);
        signatures.setSpacingBefore(44);
        signatures.setKeepTogether(true);
        List<String> keys = List.of("report.sign.decision", "report.sign.owner", "report.sign.date");
        for (int i = 0; i < keys.size(); i++) {
            if (i > 0) {
                PdfPCell gap = new PdfPCell();
                gap.setBorder(Rectangle.NO_BORDER);
                signatures.addCell(gap);
            }
            signatures.addCell(signatureCell(t(keys.get(i))));
        }
        document.add(signatures);
    }

    private PdfPCell signatureCell(String caption) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.TOP);
        cell.setBorderColorTop(PdfBlocks.INK);
        cell.setBorderWidthTop(0.6f);
        cell.setPaddingTop(3);
        cell.setPaddingLeft(0);
        cell.setMinimumHeight(24);
        cell.addElement(PdfBlocks.muted(caption));
        return cell;
    }
}
