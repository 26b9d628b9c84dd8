package ru.rop.portal.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openpdf.text.Element;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import ru.rop.portal.assessment.OnlineEvidence;
import ru.rop.portal.classification.Competency;
import ru.rop.portal.classification.CompetencyScore;
import ru.rop.portal.common.pdf.PdfBlocks;
import ru.rop.portal.common.pdf.PdfFonts;
import ru.rop.portal.interview.InterviewEvidence;
import ru.rop.portal.interview.PanelSummary;

/** What the numbers rest on: the interviewers and their conclusions, their quotes, the red flags and integrity. */
final class CandidateReportEvidence extends CandidateReportSection {

    CandidateReportEvidence(CandidateReportContext report) {
        super(report);
    }

    @Override
    void write() {
        document.add(PdfBlocks.headed(t("report.section.evidence"), raters()));
        quotes();
        flags();
        integrity();
    }

    private Element raters() {
        List<PanelSummary.Rater> raters = profile.raters();
        if (raters.isEmpty()) {
            return PdfBlocks.paragraph(t(profile.blinded() ? "profile.blinded" : "report.raters.none"));
        }
        PdfPTable group = new PdfPTable(1);
        group.setWidthPercentage(100);
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.addElement(PdfBlocks.subheading(t("report.raters")));
        for (PanelSummary.Rater rater : raters) {
            Paragraph who = new Paragraph(t("report.rater", rater.name(), rater.submittedAt() == null ? "—"
                    : CandidateReportStyle.DATE.format(rater.submittedAt())), PdfFonts.bold(10, PdfBlocks.INK));
            who.setSpacingBefore(4);
            cell.addElement(who);
            cell.addElement(rater.conclusion() == null || rater.conclusion().isBlank()
                    ? PdfBlocks.muted(t("report.rater.no-conclusion")) : PdfBlocks.paragraph(rater.conclusion()));
        }
        group.addCell(cell);
        return group;
    }

    private void quotes() {
        if (profile.quotes().isEmpty()) {
            document.add(PdfBlocks.keepTogether(PdfBlocks.subheading(t("profile.quotes")),
                    PdfBlocks.paragraph(t(profile.raters().isEmpty() ? "report.quotes.no-interview"
                            : "profile.quotes.none"))));
            return;
        }
        Map<String, List<InterviewEvidence.Quote>> byCompetency = new LinkedHashMap<>();
        profile.quotes().forEach(q -> byCompetency.computeIfAbsent(q.competencyId(), id -> new ArrayList<>())
                .add(q));
        boolean first = true;
        List<String> order = new ArrayList<>(profile.competencies().stream().map(CompetencyScore::competencyId)
                .filter(byCompetency::containsKey).toList());
        byCompetency.keySet().stream().filter(id -> !order.contains(id)).forEach(order::add);
        for (String id : order) {
            String label = profile.competencies().stream().filter(c -> c.competencyId().equals(id))
                    .map(c -> t("report.competency.score", c.label(), score(c.score()))).findFirst()
                    .orElseGet(() -> model.competency(id).map(Competency::label).orElse(id));
            List<Element> blocks = new ArrayList<>();
            if (first) {
                blocks.add(PdfBlocks.subheading(t("profile.quotes")));
            }
            Paragraph competency = new Paragraph(label, PdfFonts.bold(10, PdfBlocks.ACCENT));
            competency.setSpacingBefore(first ? 2 : 8);
            competency.setSpacingAfter(2);
            blocks.add(competency);
            List<InterviewEvidence.Quote> quotes = byCompetency.get(id);
            blocks.add(quote(quotes.getFirst()));
            document.add(PdfBlocks.keepTogether(blocks.toArray(Element[]::new)));
            quotes.stream().skip(1).forEach(q -> document.add(quote(q)));
            first = false;
        }
    }

    private PdfPTable quote(InterviewEvidence.Quote quote) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.LEFT);
        cell.setBorderWidthLeft(2);
        cell.setBorderColorLeft(PdfBlocks.RULE);
        cell.setPaddingLeft(8);
        cell.setPaddingTop(0);
        cell.setPaddingBottom(2);
        Paragraph text = new Paragraph("«" + quote.text() + "»", PdfFonts.italic(10, PdfBlocks.INK));
        text.setMultipliedLeading(1.35f);
        cell.addElement(text);
        cell.addElement(PdfBlocks.muted(t("profile.quote.source", quote.raterName(), quote.score(),
                quote.questionText())));
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setKeepTogether(true);
        table.setSpacingBefore(3);
        table.setSpacingAfter(3);
        table.addCell(cell);
        return table;
    }

    private void flags() {
        if (profile.redFlags().isEmpty()) {
            document.add(PdfBlocks.keepTogether(PdfBlocks.subheading(t("profile.red-flags")),
                    PdfBlocks.paragraph(t("profile.red-flags.none"))));
            return;
        }
        boolean first = true;
        for (CandidateProfile.FlagEvidence flag : profile.redFlags()) {
            List<Element> blocks = new ArrayList<>();
            if (first) {
                blocks.add(PdfBlocks.subheading(t("profile.red-flags")));
            }
            Paragraph label = new Paragraph(flag.flag().label(), PdfFonts.bold(10, CandidateReportStyle.FLAG));
            label.setSpacingBefore(first ? 2 : 6);
            blocks.add(label);
            blocks.add(PdfBlocks.paragraph(flag.flag().description()));
            List<String> sources = flag.sources().stream().map(s -> s.raterName() == null
                    ? t("profile.flag.source.online", s.questionId(), s.questionText())
                    : t("profile.flag.source", s.raterName(), s.questionId(), s.questionText())).toList();
            blocks.add(sources.isEmpty() ? PdfBlocks.muted(t("report.flag.no-source"))
                    : PdfBlocks.bullets(sources));
            document.add(PdfBlocks.keepTogether(blocks.toArray(Element[]::new)));
            first = false;
        }
    }

    private void integrity() {
        OnlineEvidence.Integrity integrity = profile.integrity();
        Paragraph heading = PdfBlocks.subheading(t("report.integrity"));
        if (integrity == null) {
            document.add(PdfBlocks.keepTogether(heading, PdfBlocks.paragraph(t("report.integrity.none"))));
            return;
        }
        List<String> signals = new ArrayList<>();
        signals.add(t("profile.integrity.fast", integrity.fastAnswers()));
        PlausibilityMessages.of(integrity).forEach(m -> signals.add(t(m.key(), m.params().toArray())));
        signals.add(t("profile.integrity.tabs", integrity.tabSwitches()));
        integrity.pastes().forEach(p -> signals.add(t("profile.integrity.paste", p.caseTitle(), p.pastedChars(),
                p.answerChars())));
        if (integrity.pastes().isEmpty()) {
            signals.add(t("report.integrity.no-pastes"));
        }
        document.add(PdfBlocks.keepTogether(heading, PdfBlocks.bullets(signals),
                PdfBlocks.muted(t("profile.integrity.note"))));
    }
}
