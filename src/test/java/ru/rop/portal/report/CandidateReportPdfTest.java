package ru.rop.portal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import ru.rop.portal.classification.RopType;
import ru.rop.portal.common.AppI18NProvider;
import ru.rop.portal.common.pdf.PdfChecks;

class CandidateReportPdfTest {

    private static final AppI18NProvider I18N = new AppI18NProvider();
    private static CandidateProfile full;
    private static byte[] fullPdf;
    private static byte[] emptyPdf;
    private static byte[] overriddenPdf;

    @BeforeAll
    static void render() throws IOException {
        full = ReportFixtures.full();
        var renderer = ReportFixtures.renderer();
        fullPdf = renderer.apply(full);
        emptyPdf = renderer.apply(ReportFixtures.empty());
        overriddenPdf = renderer.apply(ReportFixtures.overridden());
        // Left in target/ for a person to open: the layout is judged by eye, the tests check the facts.
        Path dir = Path.of("target", "report");
        Files.createDirectories(dir);
        Files.write(dir.resolve("full.pdf"), fullPdf);
        Files.write(dir.resolve("empty.pdf"), emptyPdf);
        Files.write(dir.resolve("overridden.pdf"), overriddenPdf);
    }

    @Test
    void firstPageSummarisesTheCandidate() throws IOException {
        PdfReader reader = new PdfReader(fullPdf);
        String first = squeeze(text(reader, 1));
        assertThat(first).contains(squeeze(ReportFixtures.NAME), squeeze("Руководитель отдела продаж B2B"),
                squeeze(I18N.russian(full.effectiveRecommendation().labelKey())),
                squeeze(full.classification().best().label()), squeeze(I18N.russian("report.strengths")),
                squeeze(I18N.russian("report.risks")), squeeze(I18N.russian("profile.dimensions")),
                squeeze(I18N.russian("pdf.page", 1, reader.getNumberOfPages())));
        // The radar labels are real text in the embedded font, not an image.
        assertThat(first).contains(squeeze(ReportFixtures.model().dimensions().getFirst().label()));
        assertThat(reader.getInfo()).containsEntry("Title", "Оценка кандидата: " + ReportFixtures.NAME)
                .containsEntry("Author", "РОП-портал");
        assertThat(reader.getCatalog().getAsString(PdfName.LANG)).hasToString("ru");
        // The header names the candidate and the date on every page.
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            assertThat(squeeze(text(reader, page))).contains(squeeze(ReportFixtures.NAME + " · отчёт от 14 мая 2026"));
        }
        reader.close();
    }

    @Test
    void sectionsComeInOrderWithTheEvidence() throws IOException {
        String all = squeeze(allText(fullPdf));
        List<String> headings = List.of("report.section.competencies", "profile.roles", "report.section.type",
                "report.plan", "report.section.evidence", "profile.quotes", "profile.red-flags",
                "report.integrity", "report.section.cases", "report.online", "report.section.method");
        int last = all.indexOf(squeeze(I18N.russian("report.strengths")));
        for (String key : headings) {
            int at = all.indexOf(squeeze(I18N.russian(key)), last + 1);
            assertThat(at).as(key).isGreaterThan(last);
            last = at;
        }
        assertThat(all).contains(squeeze(ReportFixtures.QUOTE), squeeze(full.redFlags().getFirst().flag().label()),
                squeeze("Разложил воронку по этапам и менеджерам."), squeeze("Сильный практик с системой разборов"),
                squeeze(I18N.russian("profile.integrity.tabs", 3)), squeeze(I18N.russian("profile.advice")),
                squeeze(I18N.russian("report.sign.owner")));
        // The plan takes the level-4 behaviour of a weak competency as its target.
        String weakest = full.competencies().stream().filter(c -> c.known())
                .min(java.util.Comparator.comparingDouble(c -> c.score())).orElseThrow().competencyId();
        assertThat(all).contains(squeeze(ReportFixtures.model().competency(weakest).orElseThrow().level(4)));
        assertThat(all).contains(squeeze(ReportFixtures.model().type(full.classification().best().type())
                .developmentVectors().getFirst()));
    }

    @Test
    void anOverrideIsStatedWithItsReason() throws IOException {
        String first = squeeze(text(new PdfReader(overriddenPdf), 1));
        assertThat(first).contains(squeeze(I18N.russian("recommendation.YES")), squeeze("Андрей Собственников"),
                squeeze("Флаги обсудили на финальной встрече"),
                squeeze(I18N.russian(ReportFixtures.full().recommendation().value().labelKey())),
                // The longer recommendation box shrinks the radar rather than push it off the summary page.
                squeeze(I18N.russian("profile.dimensions")),
                squeeze(ReportFixtures.model().dimensions().getLast().label()));
    }

    @Test
    void anEmptyProfileSaysWhatIsMissing() throws IOException {
        String all = squeeze(allText(emptyPdf));
        assertThat(all).contains(squeeze(I18N.russian("recommendation.INSUFFICIENT")),
                squeeze(I18N.russian("report.strengths.none")), squeeze(I18N.russian("report.competencies.none")),
                squeeze(I18N.russian("report.type.none", 0, 12, ProfileService.MIN_KNOWN_DIMENSIONS)),
                squeeze(I18N.russian("report.raters.none")), squeeze(I18N.russian("report.quotes.no-interview")),
                squeeze(I18N.russian("profile.red-flags.none")), squeeze(I18N.russian("report.integrity.none")),
                squeeze(I18N.russian("profile.cases.none")), squeeze(I18N.russian("profile.assessment.NOT_INVITED")),
                squeeze(I18N.russian("report.plan.none")));
    }

    @Test
    void everyTypeIsNamedFormallyBesideTheSourcesName() throws IOException {
        var renderer = ReportFixtures.renderer();
        for (RopType type : ReportFixtures.model().types()) {
            CandidateProfile profile = ReportFixtures.ofType(type.id());
            assertThat(profile.classification().best().type()).isEqualTo(type.id());
            String all = squeeze(allText(renderer.apply(profile)));
            String formal = squeeze(type.label() + " (" + type.formalName() + ")");
            // On the summary, in the type section and in the recommendation's reason.
            assertThat(all.split(java.util.regex.Pattern.quote(formal), -1)).as(type.id().name()).hasSizeGreaterThan(3);
        }
    }

    @Test
    void everyFontTravelsWithTheFile() throws IOException {
        for (byte[] pdf : List.of(fullPdf, emptyPdf, overriddenPdf)) {
            PdfReader reader = new PdfReader(pdf);
            var fonts = PdfChecks.fonts(reader);
            assertThat(fonts).isNotEmpty().allMatch(PdfChecks::isEmbedded);
            reader.close();
        }
    }

    private static String allText(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder all = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            all.append(text(reader, page)).append('\n');
        }
        reader.close();
        return all.toString();
    }

    private static String text(PdfReader reader, int page) throws IOException {
        return new PdfTextExtractor(reader).getTextFromPage(page);
    }

    /** Lines wrap anywhere and captions are set in capitals, so texts are compared without spaces or case. */
    private static String squeeze(String text) {
        return text.replaceAll("[\\s\\u00a0\\u202f]+", "").toLowerCase(AppI18NProvider.RUSSIAN);
    }
}
