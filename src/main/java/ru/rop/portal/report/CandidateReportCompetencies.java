package ru.rop.portal.report;

import java.awt.geom.Rectangle2D;
import java.util.List;
import org.openpdf.text.pdf.PdfPTable;
import ru.rop.portal.classification.CompetencyScore;
import ru.rop.portal.classification.RopRole;
import ru.rop.portal.common.pdf.PdfBlocks;

/** The competency scores with their evidence and spread, then the balance of the manager's roles. */
final class CandidateReportCompetencies extends CandidateReportSection {

    CandidateReportCompetencies(CandidateReportContext report) {
        super(report);
    }

    @Override
    void write() {
        List<CompetencyScore> scores = profile.competencies();
        if (scores.stream().noneMatch(CompetencyScore::known)) {
            document.add(PdfBlocks.headed(t("report.section.competencies"),
                    PdfBlocks.paragraph(t("report.competencies.none"))));
        } else {
            List<List<String>> rows = scores.stream().map(c -> List.of(c.label(), score(c.score()),
                    String.valueOf(c.evidenceCount()), score(c.spread()))).toList();
            PdfPTable table = PdfBlocks.table(List.of(t("profile.competency"), t("profile.score"),
                    t("profile.evidence"), t("profile.spread")), rows, 8, 1.6f, 1.6f, 1.6f);
            CandidateReportStyle.alignNumbers(table, 1, 3);
            document.add(PdfBlocks.headed(t("report.section.competencies"), table));
            document.add(PdfBlocks.muted(t("report.competencies.note")));
        }
        List<RopRole> roles = model.roles();
        List<Double> roleScores = roles.stream().map(r -> profile.roleBalance().scores().get(r.id())).toList();
        PdfPTable bars = ReportCharts.block(roles.size() * 20f + 4, g -> ReportCharts.bars(g,
                new Rectangle2D.Double(0, 0, g.getClipBounds().getWidth() * 0.75, roles.size() * 20f + 4),
                roles.stream().map(RopRole::label).toList(), roleScores,
                roleScores.stream().map(CandidateReportSection::score).toList()));
        document.add(PdfBlocks.keepTogether(PdfBlocks.subheading(t("profile.roles")), bars,
                PdfBlocks.muted(t("report.roles.note"))));
    }
}
