package ru.rop.portal.report;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import ru.rop.portal.classification.Classification;
import ru.rop.portal.classification.CompetencyScore;
import ru.rop.portal.classification.Dimension;
import ru.rop.portal.classification.DimensionId;
import ru.rop.portal.classification.DimensionScore;
import ru.rop.portal.classification.RopType;
import ru.rop.portal.common.AppI18NProvider;
import ru.rop.portal.common.chart.RadarChart;
import ru.rop.portal.common.chart.RadarSeries;
import ru.rop.portal.common.pdf.PdfBlocks;
import ru.rop.portal.common.pdf.PdfFonts;

/**
 * The first page: who, for which vacancy, the advice and its reasons, the type, strengths and risks, and the radar
 * of the twelve dimensions. Unlike the other sections it must fit one page, so it measures what it lays out.
 */
final class CandidateReportSummary extends CandidateReportSection {

    private static final int HIGHLIGHTS = 3;
    /** The recommendation's reason that names the type; see {@link RecommendationRules}. */
    private static final String TYPE_REASON = "recommendation.reason.type.";
    private static final Color RADAR_COLOR = new Color(0x2F6FEB);
    private static final float RADAR_HEIGHT = 340;
    /** Below this the labels crowd; the chart then moves to the next page whole rather than shrink further. */
    private static final float RADAR_MIN_HEIGHT = 185;
    /** Leading and rounding the measurement does not see. */
    private static final float SAFETY = 8;

    private final String date;

    CandidateReportSummary(CandidateReportContext report) {
        super(report);
        this.date = report.date();
    }

    /**
     * Everything above the radar is measured first, so the radar takes the height that is left on the page:
     * an owner's long reason for an override shrinks the chart instead of pushing it to the next page.
     */
    @Override
    void write() {
        String vacancy = profile.vacancyTitle() == null || profile.vacancyTitle().isBlank()
                ? t("report.vacancy.none") : profile.vacancyTitle();
        Paragraph subtitle = PdfBlocks.subtitle(t("report.subtitle", vacancy, t(profile.stage().labelKey()), date));
        subtitle.setSpacingAfter(8);
        List<PdfPTable> blocks = new ArrayList<>();
        blocks.add(profile.blinded()
                ? PdfBlocks.keepTogether(PdfBlocks.title(profile.fullName()), subtitle,
                        PdfBlocks.muted(t("profile.blinded")))
                : PdfBlocks.keepTogether(PdfBlocks.title(profile.fullName()), subtitle));
        blocks.add(recommendationBox());
        blocks.add(PdfBlocks.keepTogether(PdfBlocks.label(t("profile.type").toUpperCase(AppI18NProvider.RUSSIAN)),
                typeLine()));
        blocks.add(highlights());
        float width = document.right() - document.left();
        float used = 0;
        for (PdfPTable block : blocks) {
            used += height(block, width);
            document.add(block);
        }
        float overhead = height(radarGroup(0), width);
        float radar = Math.max(RADAR_MIN_HEIGHT, Math.min(RADAR_HEIGHT,
                document.top() - document.bottom() - used - overhead - SAFETY));
        document.add(radarGroup(radar));
    }

    private PdfPTable radarGroup(float height) {
        return PdfBlocks.keepTogether(PdfBlocks.label(t("profile.dimensions").toUpperCase(AppI18NProvider.RUSSIAN)),
                radar(height), PdfBlocks.muted(t("profile.dimensions.note", profile.knownDimensions(),
                        profile.observations())));
    }

    private PdfPTable recommendationBox() {
        Recommendation effective = profile.effectiveRecommendation();
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.LEFT);
        cell.setBorderWidthLeft(4);
        cell.setBorderColorLeft(CandidateReportStyle.tone(effective));
        cell.setBackgroundColor(PdfBlocks.SHADE);
        cell.setPadding(10);
        cell.setPaddingTop(4);
        cell.addElement(PdfBlocks.label(t("profile.recommendation").toUpperCase(AppI18NProvider.RUSSIAN)));
        Paragraph value = new Paragraph(t(effective.labelKey()),
                PdfFonts.bold(16, CandidateReportStyle.tone(effective)));
        value.setSpacingAfter(4);
        cell.addElement(value);
        List<String> reasons = profile.recommendation().reasons().stream().map(this::reason).toList();
        HiringDecision decision = profile.decision();
        if (decision != null) {
            cell.addElement(PdfBlocks.paragraph(t("report.decision", decision.decidedBy(),
                    CandidateReportStyle.DATE.format(decision.decidedAt()),
                    t(profile.recommendation().value().labelKey()))));
            cell.addElement(PdfBlocks.paragraph(t("report.decision.reason", decision.reason())));
            cell.addElement(PdfBlocks.label(t("report.rules.reasons")));
        }
        cell.addElement(PdfBlocks.bullets(reasons));
        return boxed(cell);
    }

    /** The reason that names the type names it formally, like everything else on paper. */
    private String reason(RecommendationResult.Reason reason) {
        Classification classification = profile.classification();
        return reason.key().startsWith(TYPE_REASON) && classification != null
                ? t(reason.key(), model.formalLabel(classification.best().type()))
                : t(reason.key(), reason.params().toArray());
    }

    private Paragraph typeLine() {
        Classification classification = profile.classification();
        if (classification == null) {
            return PdfBlocks.paragraph(t("profile.type.unknown", profile.knownDimensions(),
                    DimensionId.values().length, ProfileService.MIN_KNOWN_DIMENSIONS));
        }
        Paragraph line = new Paragraph();
        line.setMultipliedLeading(1.35f);
        RopType best = model.type(classification.best().type());
        // The formal wording in the body face keeps the line short enough to leave the radar its room.
        line.add(new Phrase(best.label(), PdfFonts.bold(13, PdfBlocks.INK)));
        line.add(new Phrase(" (" + best.formalName() + ")", PdfFonts.regular(11,
                PdfBlocks.INK)));
        line.add(new Phrase("  " + t("profile.type.match", percent(classification.best().match())),
                PdfFonts.regular(10, PdfBlocks.MUTED)));
        String runnerUp = model.formalLabel(classification.runnerUp().type());
        String runnerUpMatch = percent(classification.runnerUp().match());
        String certainty = switch (classification.certainty()) {
            case CLEAR -> t("report.type.clear", runnerUp, runnerUpMatch);
            case PRELIMINARY -> t("report.type.preliminary", runnerUp, runnerUpMatch);
            case BLEND -> t("profile.type.blend", runnerUp, runnerUpMatch);
        };
        line.add(new Phrase("\n" + certainty + "\n" + t("profile.type.confidence",
                percent(classification.confidence()), classification.knownDimensions()),
                PdfFonts.regular(10, PdfBlocks.INK)));
        line.setSpacingAfter(4);
        return line;
    }

    /** Strengths and risks side by side. */
    private PdfPTable highlights() {
        List<CompetencyScore> known = profile.competencies().stream().filter(CompetencyScore::known)
                .sorted(Comparator.comparingDouble(CompetencyScore::score).reversed()).toList();
        List<CompetencyScore> best = known.stream().limit(HIGHLIGHTS).toList();
        List<String> strengths = best.stream()
                .map(c -> t("report.competency.score", c.label(), score(c.score()))).toList();
        // Red flags first: a flag is observed behaviour. Then the weakest scores not already named as strengths.
        List<String> risks = new ArrayList<>();
        List<CandidateProfile.FlagEvidence> flags = profile.redFlags();
        int shownFlags = Math.min(flags.size(), HIGHLIGHTS - 1);
        flags.stream().limit(shownFlags).forEach(f -> risks.add(t("report.risk.flag", f.flag().label())));
        known.reversed().stream().filter(c -> !best.contains(c)).limit(HIGHLIGHTS - shownFlags)
                .forEach(c -> risks.add(t("report.competency.score", c.label(), score(c.score()))));
        if (flags.size() > shownFlags) {
            risks.add(t("report.risks.more-flags", flags.size() - shownFlags));
        }
        PdfPTable table = new PdfPTable(2);
        table.setWidthPercentage(100);
        table.setSpacingBefore(2);
        table.setKeepTogether(true);
        table.addCell(column(t("report.strengths"), strengths, t("report.strengths.none")));
        table.addCell(column(t("report.risks"), risks, t("report.risks.none")));
        return table;
    }

    private PdfPCell column(String title, List<String> items, String none) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.setPaddingRight(10);
        cell.addElement(PdfBlocks.label(title.toUpperCase(AppI18NProvider.RUSSIAN)));
        cell.addElement(items.isEmpty() ? PdfBlocks.muted(none) : PdfBlocks.bullets(items));
        return cell;
    }

    private PdfPTable radar(float height) {
        RadarChart chart = new RadarChart(model.dimensions().stream().map(Dimension::label).toList(),
                ReportCharts.FONT_FAMILY);
        List<Double> values = model.dimensions().stream().map(d -> {
            DimensionScore dimension = profile.dimensions().get(d.id());
            return dimension == null ? null : dimension.value();
        }).toList();
        RadarSeries series = new RadarSeries(profile.fullName(), RADAR_COLOR, values);
        return ReportCharts.block(height, g -> chart.draw(g, new Rectangle2D.Double(0, 0,
                g.getClipBounds().getWidth(), height), List.of(series)));
    }

    private static String percent(double share) {
        return Math.round(share * 100) + "\u00a0%";
    }

    private static PdfPTable boxed(PdfPCell cell) {
        PdfPTable box = new PdfPTable(1);
        box.setWidthPercentage(100);
        box.setKeepTogether(true);
        box.setSpacingBefore(2);
        box.setSpacingAfter(2);
        box.addCell(cell);
        return box;
    }

    /** The laid-out height of a full-width block with the space around it. */
    private static float height(PdfPTable table, float width) {
        table.setTotalWidth(width);
        return table.getTotalHeight() + table.spacingBefore() + table.spacingAfter();
    }
}
