package ru.rop.portal.report;

import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.Element;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPTable;
import ru.rop.portal.assessment.OnlineEvidence;
import ru.rop.portal.cases.CaseEvidence;
import ru.rop.portal.common.pdf.PdfBlocks;

/** Each case with its criteria and the raters' comments, then the online assessment's sections. */
final class CandidateReportCases extends CandidateReportSection {

    CandidateReportCases(CandidateReportContext report) {
        super(report);
    }

    @Override
    void write() {
        List<CaseEvidence.CaseResult> results = profile.cases();
        if (results.isEmpty()) {
            document.add(PdfBlocks.headed(t("report.section.cases"), PdfBlocks.paragraph(t("profile.cases.none"))));
        }
        for (int i = 0; i < results.size(); i++) {
            CaseEvidence.CaseResult result = results.get(i);
            Paragraph title = PdfBlocks.subheading(t("report.case.title", result.title(),
                    t("case.mode." + result.mode())));
            Paragraph answered = PdfBlocks.muted(t(result.answered() ? "case.answered" : "case.not-answered"));
            List<List<String>> rows = result.criteria().stream().map(c -> List.of(c.label(),
                    score(c.meanLevel()), comments(c))).toList();
            Element body = rows.isEmpty() ? PdfBlocks.paragraph(t("report.case.no-criteria"))
                    : PdfBlocks.table(List.of(t("report.case.criterion"), t("report.case.level"),
                    t("report.case.comments")), rows, 4, 1.3f, 7);
            if (body instanceof PdfPTable table) {
                CandidateReportStyle.alignNumbers(table, 1, 1);
            }
            PdfPTable block = PdfBlocks.keepTogether(title, answered, body);
            document.add(i == 0 ? PdfBlocks.keepTogether(PdfBlocks.heading(t("report.section.cases")), block)
                    : block);
        }
        List<Element> online = new ArrayList<>();
        online.add(PdfBlocks.subheading(t("report.online")));
        online.add(PdfBlocks.paragraph(t("profile.assessment." + profile.assessmentStatus())));
        OnlineEvidence.Integrity integrity = profile.integrity();
        if (integrity == null || integrity.sections().isEmpty()) {
            online.add(PdfBlocks.muted(t("report.online.none")));
        } else {
            List<String> sections = new ArrayList<>();
            for (OnlineEvidence.SectionTime section : integrity.sections()) {
                sections.add(t("profile.integrity.section." + section.section(),
                        Math.round(section.seconds() / 60.0), Math.round(section.budgetSeconds() / 60.0),
                        section.answered(), section.items()));
            }
            online.add(PdfBlocks.bullets(sections));
        }
        document.add(PdfBlocks.keepTogether(online.toArray(Element[]::new)));
    }

    private String comments(CaseEvidence.CriterionResult criterion) {
        List<String> lines = criterion.comments().stream()
                .map(c -> c.comment() == null || c.comment().isBlank()
                        ? t("report.case.level.only", c.raterName(), c.level() == null ? "—" : c.level())
                        : t("report.case.comment", c.raterName(), c.level() == null ? "—" : c.level(),
                        c.comment()))
                .toList();
        return lines.isEmpty() ? t("report.case.not-scored") : String.join("\n", lines);
    }
}
