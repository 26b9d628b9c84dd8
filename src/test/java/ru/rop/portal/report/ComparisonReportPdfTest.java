package ru.rop.portal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import ru.rop.portal.classification.RopType;
import ru.rop.portal.common.AppI18NProvider;

/** The comparison report rendered from hand-made profiles and read back as text. */
class ComparisonReportPdfTest {

    private static final AppI18NProvider I18N = new AppI18NProvider();

    static byte[] render(List<CandidateProfile> profiles) throws IOException {
        byte[] pdf = new ComparisonReportPdf(I18N, ReportFixtures.model())
                .render("Руководитель отдела продаж B2B", profiles, ReportFixtures.GENERATED);
        Path dir = Path.of("target", "report");
        Files.createDirectories(dir);
        Files.write(dir.resolve("comparison-fixtures.pdf"), pdf);
        return pdf;
    }

    static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder all = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            all.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
        }
        reader.close();
        return all.toString();
    }

    static String squeeze(String text) {
        return text.replaceAll("[\\s\\u00a0\\u202f]+", "").toLowerCase(AppI18NProvider.RUSSIAN);
    }

    @Test
    void everyTypeIsNamedFormallyBesideTheSourcesName() throws IOException {
        List<RopType> types = ReportFixtures.model().types();
        for (int from = 0; from < types.size(); from += 4) {
            List<RopType> four = types.subList(from, from + 4);
            String all = squeeze(text(render(four.stream().map(t -> ReportFixtures.ofType(t.id())).toList())));
            for (RopType type : four) {
                assertThat(all).as(type.id().name()).contains(squeeze(type.label() + " (" + type.formalName() + ")"));
            }
        }
    }

    @Test
    void anOverriddenRecommendationSaysTheOwnerChangedItWithWhoAndWhen() throws IOException {
        String all = squeeze(text(render(List.of(ReportFixtures.overridden(), ReportFixtures.empty()))));
        assertThat(all).contains(squeeze(I18N.russian("report.compare.recommendation.overridden",
                I18N.russian("recommendation.YES"), "Андрей Собственников", "13 мая 2026 г.")));
        // The candidate without an override shows the rules' advice alone.
        assertThat(all.split(squeeze("изменено владельцем"), -1)).hasSize(2);
    }
}
