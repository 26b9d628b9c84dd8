package ru.rop.portal.report;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.springframework.stereotype.Component;
import ru.rop.portal.assessment.OnlineEvidence;
import ru.rop.portal.cases.CaseEvidence;
import ru.rop.portal.classification.Classification;
import ru.rop.portal.classification.Competency;
import ru.rop.portal.classification.CompetencyScore;
import ru.rop.portal.classification.Dimension;
import ru.rop.portal.classification.DimensionId;
import ru.rop.portal.classification.DimensionScore;
import ru.rop.portal.classification.Role;
import ru.rop.portal.classification.RopModel;
import ru.rop.portal.classification.RopType;
import ru.rop.portal.common.AppI18NProvider;
import ru.rop.portal.common.chart.RadarChart;
import ru.rop.portal.common.chart.RadarSeries;
import ru.rop.portal.common.pdf.OfficePdf;
import ru.rop.portal.common.pdf.PdfBlocks;
import ru.rop.portal.common.pdf.PdfFonts;
import ru.rop.portal.common.pdf.PdfSetup;
import ru.rop.portal.interview.InterviewEvidence;
import ru.rop.portal.interview.PanelSummary;

/**
 * The candidate evaluation report on A4, in Russian: a one-page summary with the advice, the type and the radar
 * of the twelve dimensions, then the scores, the type with a 30-60-90 day plan, the evidence behind the numbers,
 * the cases and the online assessment, and a note on what the numbers can and cannot say. Every missing part is
 * stated in a sentence; the words come from the translations and the competency model, never from the code.
 */
@Component
class CandidateReportPdf {

    /** The weakest competencies turned into targets of the development plan, one per period. */
    static final int PLAN_TARGETS = 3;
    static final int HIGHLIGHTS = 3;
    /** The recommendation's reason that names the type; see {@link RecommendationRules}. */
    private static final String TYPE_REASON = "recommendation.reason.type.";
    /** A competency at this level or above needs no target: it already shows the level-4 behaviour. */
    private static final double TARGET_LEVEL = 4.0;
    private static final Color RADAR_COLOR = new Color(0x2F6FEB);
    private static final float RADAR_HEIGHT = 340;
    /** Below this the labels crowd; the chart then moves to the next page whole rather than shrink further. */
    private static final float RADAR_MIN_HEIGHT = 185;
    /** Leading and rounding the measurement does not see. */
    private static final float SAFETY = 8;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy",
            AppI18NProvider.RUSSIAN).withZone(ZoneId.systemDefault());

    private final AppI18NProvider i18n;
    private final RopModel model;

    CandidateReportPdf(AppI18NProvider i18n, RopModel model) {
        this.i18n = i18n;
        this.model = model;
    }

    byte[] render(CandidateProfile profile, Instant generatedAt) {
        String date = DATE.format(generatedAt);
        PdfSetup setup = new PdfSetup(t("report.title", profile.fullName()), t("app.name"), AppI18NProvider.RUSSIAN,
                t("report.header", profile.fullName(), date), t("pdf.page"));
        return OfficePdf.render(setup, document -> new Writer(document, profile, date).write());
    }

    private String t(String key, Object... params) {
        return i18n.russian(key, params);
    }

    private static String score(Double value) {
        return value == null ? "—" : String.format(AppI18NProvider.RUSSIAN, "%.1f", value);
    }

    private static String percent(double share) {
        return Math.round(share * 100) + "\u00a0%";
    }

    /** One report being written: the document and the profile, so the sections read top to bottom. */
    private final class Writer {

        private final Document document;
        private final CandidateProfile profile;
        private final String date;

        Writer(Document document, CandidateProfile profile, String date) {
            this.document = document;
            this.profile = profile;
            this.date = date;
        }

        void write() {
            summary();
            document.newPage();
            competencies();
            type();
            evidence();
            cases();
            method();
        }

        // 1. Summary -------------------------------------------------------------------------------------------

        /**
         * Everything above the radar is measured first, so the radar takes the height that is left on the page:
         * an owner's long reason for an override shrinks the chart instead of pushing it to the next page.
         */
        private void summary() {
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
            cell.setBorderColorLeft(tone(effective));
            cell.setBackgroundColor(PdfBlocks.SHADE);
            cell.setPadding(10);
            cell.setPaddingTop(4);
            cell.addElement(PdfBlocks.label(t("profile.recommendation").toUpperCase(AppI18NProvider.RUSSIAN)));
            Paragraph value = new Paragraph(t(effective.labelKey()), PdfFonts.bold(16, tone(effective)));
            value.setSpacingAfter(4);
            cell.addElement(value);
            List<String> reasons = profile.recommendation().reasons().stream().map(this::reason).toList();
            Decision decision = profile.decision();
            if (decision != null) {
                cell.addElement(PdfBlocks.paragraph(t("report.decision", decision.decidedBy(),
                        DATE.format(decision.decidedAt()), t(profile.recommendation().value().labelKey()))));
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

        // 2. Competencies ------------------------------------------------------------------------------------

        private void competencies() {
            List<CompetencyScore> scores = profile.competencies();
            if (scores.stream().noneMatch(CompetencyScore::known)) {
                document.add(PdfBlocks.headed(t("report.section.competencies"),
                        PdfBlocks.paragraph(t("report.competencies.none"))));
            } else {
                List<List<String>> rows = scores.stream().map(c -> List.of(c.label(), score(c.score()),
                        String.valueOf(c.evidenceCount()), score(c.spread()))).toList();
                PdfPTable table = PdfBlocks.table(List.of(t("profile.competency"), t("profile.score"),
                        t("profile.evidence"), t("profile.spread")), rows, 8, 1.6f, 1.6f, 1.6f);
                alignNumbers(table, 1, 3);
                document.add(PdfBlocks.headed(t("report.section.competencies"), table));
                document.add(PdfBlocks.muted(t("report.competencies.note")));
            }
            List<Role> roles = model.roles();
            List<Double> roleScores = roles.stream().map(r -> profile.roleBalance().scores().get(r.id())).toList();
            PdfPTable bars = ReportCharts.block(roles.size() * 20f + 4, g -> ReportCharts.bars(g,
                    new Rectangle2D.Double(0, 0, g.getClipBounds().getWidth() * 0.75, roles.size() * 20f + 4),
                    roles.stream().map(Role::label).toList(), roleScores,
                    roleScores.stream().map(CandidateReportPdf::score).toList()));
            document.add(PdfBlocks.keepTogether(PdfBlocks.subheading(t("profile.roles")), bars,
                    PdfBlocks.muted(t("report.roles.note"))));
        }

        // 3. Type and plan -----------------------------------------------------------------------------------

        private void type() {
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

        // 4. Evidence ----------------------------------------------------------------------------------------

        private void evidence() {
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
                        : DATE.format(rater.submittedAt())), PdfFonts.bold(10, PdfBlocks.INK));
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
                Paragraph label = new Paragraph(flag.flag().label(), PdfFonts.bold(10, FLAG));
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

        // 5. Cases and the online assessment -----------------------------------------------------------------

        private void cases() {
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
                    alignNumbers(table, 1, 1);
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

        // 6. Method and signatures ---------------------------------------------------------------------------

        private void method() {
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

    private static final Color FLAG = new Color(0xB42318);
    private static final Color YES = new Color(0x2B7A3E);

    private static Color tone(Recommendation recommendation) {
        return switch (recommendation) {
            case STRONG_YES, YES -> YES;
            case NO, STRONG_NO -> FLAG;
            case INSUFFICIENT -> PdfBlocks.MUTED;
        };
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

    /** Right-aligns the numeric columns {@code from}..{@code to}, header included. */
    private static void alignNumbers(PdfPTable table, int from, int to) {
        for (int row = 0; row < table.size(); row++) {
            PdfPCell[] cells = table.getRow(row).getCells();
            for (int column = from; column <= to; column++) {
                if (cells[column] != null && cells[column].getCompositeElements() != null) {
                    cells[column].getCompositeElements().forEach(element -> {
                        if (element instanceof Paragraph paragraph) {
                            paragraph.setAlignment(Element.ALIGN_RIGHT);
                        }
                    });
                }
            }
        }
    }
}
