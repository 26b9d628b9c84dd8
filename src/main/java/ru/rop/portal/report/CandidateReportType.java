package ru.rop.portal.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.openpdf.text.Element;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import ru.rop.portal.classification.Classification;
import ru.rop.portal.classification.CompetencyScore;
import ru.rop.portal.classification.DimensionId;
import ru.rop.portal.classification.RopType;
import ru.rop.portal.common.pdf.PdfBlocks;
import ru.rop.portal.common.pdf.PdfFonts;

/** The type in full, what it means for managing the person, and the 30-60-90 day plan built from it. */
final class CandidateReportType extends CandidateReportSection {

    /** The weakest competencies turned into targets of the development plan, one per period. */
    private static final int PLAN_TARGETS = 3;
    /** A competency at this level or above needs no target: it already shows the level-4 behaviour. */
    private static final double TARGET_LEVEL = 4.0;

    CandidateReportType(CandidateReportContext report) {
        super(report);
    }

    @Override
    void write() {
        Classification classification = profile.classification();
        RopType type = classification == null ? null : model.type(classification.best().type());
        if (type == null) {
            document.add(PdfBlocks.headed(t("report.section.type"), PdfBlocks.paragraph(t("report.type.none",
                    profile.knownDimensions(), DimensionId.values().length,
                    ProfileService.MIN_KNOWN_DIMENSIONS))));
        } else {
            Paragraph name = new Paragraph(type.formalLabel(), PdfFonts.bold(12, PdfBlocks.INK));
            name.setSpacingAfter(2);
            document.add(PdfBlocks.headed(t("report.section.type"), name));
            document.add(PdfBlocks.keepTogether(PdfBlocks.subheading(t("report.type.meaning")),
                    PdfBlocks.paragraph(type.summary())));
            document.add(PdfBlocks.paragraph(type.behaviour()));
            document.add(PdfBlocks.keepTogether(PdfBlocks.subheading(t("report.type.risks")),
                    PdfBlocks.bullets(type.risks())));
            document.add(PdfBlocks.keepTogether(PdfBlocks.subheading(t("report.type.manage")),
                    PdfBlocks.paragraph(t("report.type.manage.intro")), PdfBlocks.bullets(type.strengths())));
        }
        document.add(PdfBlocks.keepTogether(PdfBlocks.subheading(t("report.plan")), plan(type)));
    }

    private Element plan(RopType type) {
        List<CompetencyScore> weakest = profile.competencies().stream().filter(CompetencyScore::known)
                .filter(c -> c.score() < TARGET_LEVEL)
                .sorted(Comparator.comparingDouble(CompetencyScore::score)).limit(PLAN_TARGETS).toList();
        List<String> vectors = type == null ? List.of() : type.developmentVectors();
        if (vectors.isEmpty() && weakest.isEmpty()) {
            return PdfBlocks.paragraph(t("report.plan.none"));
        }
        List<List<String>> periods = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < vectors.size(); i++) {
            // The first vectors are the foundations: they start in the first month, the rest follow.
            periods.get(Math.min(i * 3 / Math.max(vectors.size(), 1), 2)).add(vectors.get(i));
        }
        for (int i = 0; i < weakest.size(); i++) {
            CompetencyScore competency = weakest.get(i);
            String target = model.competency(competency.competencyId()).map(c -> c.level(4)).orElse(null);
            if (target != null) {
                periods.get(i).add(t("report.plan.target", competency.label(), score(competency.score()),
                        target));
            }
        }
        periods.get(2).add(t("report.plan.review"));
        List<List<String>> rows = new ArrayList<>();
        String[] names = {"report.plan.30", "report.plan.60", "report.plan.90"};
        for (int i = 0; i < 3; i++) {
            List<String> items = periods.get(i);
            rows.add(List.of(t(names[i]), items.isEmpty() ? t("report.plan.continue")
                    : String.join("\n", items.stream().map(item -> "• " + item).toList())));
        }
        PdfPTable table = PdfBlocks.table(List.of(t("report.plan.period"), t("report.plan.actions")), rows,
                1.5f, 8);
        PdfPTable group = new PdfPTable(1);
        group.setWidthPercentage(100);
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        if (type == null) {
            cell.addElement(PdfBlocks.muted(t("report.plan.no-type")));
        }
        cell.addElement(PdfBlocks.muted(t("report.plan.note")));
        cell.addElement(table);
        group.addCell(cell);
        return group;
    }
}
