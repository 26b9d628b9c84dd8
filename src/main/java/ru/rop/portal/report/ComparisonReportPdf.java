package ru.rop.portal.report;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.pdf.PdfPTable;
import org.springframework.stereotype.Component;
import ru.rop.portal.classification.Dimension;
import ru.rop.portal.classification.RopModel;
import ru.rop.portal.common.AppI18NProvider;
import ru.rop.portal.common.chart.RadarChart;
import ru.rop.portal.common.chart.RadarSeries;
import ru.rop.portal.common.pdf.OfficePdf;
import ru.rop.portal.common.pdf.PdfBlocks;
import ru.rop.portal.common.pdf.PdfSetup;
import ru.rop.portal.interview.PanelSummary;

/**
 * The finalists of a vacancy side by side: advice, type, red flags, competency scores with the best of each row
 * marked, their dimension profiles overlaid on one radar, and each interviewer's conclusion in one line.
 */
@Component
public class ComparisonReportPdf {

    /** One colour per compared candidate, the same on the screen and on paper. */
    public static final List<Color> SERIES_COLORS = List.of(new Color(0x2F6FEB), new Color(0xD9480F),
            new Color(0x2B8A3E), new Color(0x7048E8));
    static final float RADAR_HEIGHT = 330;
    private static final Color BEST = new Color(0xD8F0DE);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withLocale(AppI18NProvider.RUSSIAN).withZone(ZoneId.systemDefault());

    private final AppI18NProvider i18n;
    private final RopModel model;

    ComparisonReportPdf(AppI18NProvider i18n, RopModel model) {
        this.i18n = i18n;
        this.model = model;
    }

    byte[] render(String vacancyTitle, List<CandidateProfile> profiles, Instant generatedAt) {
        String date = DATE.format(generatedAt);
        String title = t("report.compare.title", vacancyTitle);
        PdfSetup setup = new PdfSetup(title, t("app.name"), AppI18NProvider.RUSSIAN,
                t("report.compare.header", vacancyTitle, date), t("pdf.page"));
        return OfficePdf.render(setup, document -> write(document, title, date, profiles));
    }

    private void write(Document document, String title, String date, List<CandidateProfile> profiles) {
        document.add(PdfBlocks.title(title));
        document.add(PdfBlocks.subtitle(t("report.compare.subtitle", profiles.size(), date)));
        List<String> header = new ArrayList<>(List.of(""));
        profiles.forEach(p -> header.add(p.fullName()));
        List<List<String>> rows = new ArrayList<>();
        rows.add(row(t("profile.recommendation"), profiles.stream().map(this::recommendation).toList()));
        rows.add(row(t("profile.type"), profiles.stream().map(p -> p.classification() == null
                ? t("report.compare.no-type")
                : t("report.compare.type", model.formalLabel(p.classification().best().type()),
                Math.round(p.classification().best().match() * 100),
                t("certainty." + p.classification().certainty().name()))).toList()));
        rows.add(row(t("compare.red-flags"), profiles.stream().map(p -> String.valueOf(p.redFlags().size()))
                .toList()));
        // The embedded fonts have no star: the best score of a row is shaded instead, as the note below says.
        List<int[]> bestCells = new ArrayList<>();
        for (int i = 0; i < model.competencies().size(); i++) {
            int index = i;
            List<Double> scores = profiles.stream().map(p -> p.competencies().get(index).score()).toList();
            int rowIndex = rows.size() + 1;
            BestScore.of(scores).ifPresent(column -> bestCells.add(new int[] {rowIndex, column + 1}));
            rows.add(row(model.competencies().get(i).label(), scores.stream().map(score -> score == null ? "—"
                    : String.format(AppI18NProvider.RUSSIAN, "%.1f", score)).toList()));
        }
        float[] widths = new float[profiles.size() + 1];
        widths[0] = 2.2f;
        for (int i = 1; i < widths.length; i++) {
            widths[i] = 1.4f;
        }
        PdfPTable table = PdfBlocks.table(header, rows, widths);
        for (int[] cell : bestCells) {
            table.getRow(cell[0]).getCells()[cell[1]].setBackgroundColor(BEST);
        }
        document.add(PdfBlocks.headed(t("report.compare.table"), table));
        document.add(PdfBlocks.muted(t("report.compare.best")));

        RadarChart chart = new RadarChart(model.dimensions().stream().map(Dimension::label).toList(),
                ReportCharts.FONT_FAMILY);
        List<RadarSeries> series = new ArrayList<>();
        for (int i = 0; i < profiles.size(); i++) {
            CandidateProfile profile = profiles.get(i);
            series.add(new RadarSeries(profile.fullName(), SERIES_COLORS.get(i % SERIES_COLORS.size()),
                    model.dimensions().stream().map(d -> profile.dimensions().get(d.id()).value()).toList()));
        }
        document.add(PdfBlocks.headed(t("profile.dimensions"), ReportCharts.block(RADAR_HEIGHT, g ->
                chart.draw(g, new Rectangle2D.Double(0, 0, g.getClipBounds().getWidth(), RADAR_HEIGHT), series))));
        List<String> legend = new ArrayList<>();
        for (int i = 0; i < profiles.size(); i++) {
            legend.add(t("report.compare.legend." + i, profiles.get(i).fullName()));
        }
        document.add(PdfBlocks.bullets(legend));

        List<String> conclusions = new ArrayList<>();
        for (CandidateProfile profile : profiles) {
            if (profile.raters().isEmpty()) {
                conclusions.add(t("report.compare.no-conclusions", profile.fullName()));
            }
            for (PanelSummary.Rater rater : profile.raters()) {
                conclusions.add(t("report.compare.conclusion", profile.fullName(), rater.name(),
                        rater.conclusion()));
            }
        }
        document.add(PdfBlocks.headed(t("compare.conclusions"), PdfBlocks.bullets(conclusions)));
        document.add(PdfBlocks.muted(t("profile.advice")));
    }

    /** The recommendation that stands; an owner's override says so, with who and when, as on the profile. */
    private String recommendation(CandidateProfile profile) {
        String value = t(profile.effectiveRecommendation().labelKey());
        HiringDecision decision = profile.decision();
        return decision == null ? value : t("report.compare.recommendation.overridden", value, decision.decidedBy(),
                DATE.format(decision.decidedAt()));
    }

    private static List<String> row(String label, List<String> values) {
        List<String> row = new ArrayList<>();
        row.add(label);
        row.addAll(values);
        return row;
    }

    private String t(String key, Object... params) {
        return i18n.russian(key, params);
    }
}
