package ru.rop.portal.common.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openpdf.text.PageSize;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

class OfficePdfTest {

    private static final String LONG = "Руководитель отдела продаж отвечает за выполнение плана, найм и обучение менеджеров, "
            + "прозрачную воронку в CRM и еженедельный прогноз для генерального директора. ";

    @Test
    void writesMetadataLanguageAndTheCallersFooterWithTheTotal() throws IOException {
        byte[] pdf = OfficePdf.render(new PdfSetup("Должностная инструкция", "РОП-портал", Locale.of("ru"),
                "РОП — 01.04.2026", "{1} стр., это {0}-я"), document -> {
                    document.add(PdfBlocks.title("Должностная инструкция"));
                    for (int i = 0; i < 60; i++) {
                        document.add(PdfBlocks.paragraph(LONG));
                    }
                    document.add(PdfBlocks.bullets(List.of("Первый пункт", "Второй пункт")));
                    document.add(PdfBlocks.table(List.of("Право", "Предел"),
                            List.of(List.of("Скидка", "до 10 %"), List.of("Найм", "по согласованию")), 2, 1));
                });

        PdfReader reader = new PdfReader(pdf);
        int pages = reader.getNumberOfPages();
        assertThat(pages).isGreaterThan(1);
        assertThat(reader.getInfo()).containsEntry("Title", "Должностная инструкция")
                .containsEntry("Author", "РОП-портал").containsEntry("Creator", "РОП-портал");
        assertThat(reader.getCatalog().getAsString(PdfName.LANG)).hasToString("ru");
        assertThat(reader.getPageSize(1).getWidth()).isEqualTo(PageSize.A4.getWidth());
        for (int page = 1; page <= pages; page++) {
            assertThat(new PdfTextExtractor(reader).getTextFromPage(page))
                    .contains("РОП — 01.04.2026", pages + " стр., это " + page + "-я");
        }
        assertThat(PdfChecks.fonts(reader)).isNotEmpty().allMatch(PdfChecks::isEmbedded);
        reader.close();
    }

    @Test
    void aHeadingThatWouldEndAPageMovesOnWithItsFirstParagraph() throws IOException {
        byte[] pdf = OfficePdf.render(new PdfSetup("Отчёт", "РОП-портал", Locale.of("ru"), "", "{0}/{1}"),
                document -> {
                    // Leaves room on page 1 for the heading alone, not for the heading and its paragraph.
                    document.add(spacer(660));
                    document.add(PdfBlocks.headed("Итог оценки", PdfBlocks.paragraph(LONG + LONG)));
                });

        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor text = new PdfTextExtractor(reader);
        assertThat(reader.getNumberOfPages()).isEqualTo(2);
        assertThat(text.getTextFromPage(1)).doesNotContain("Итог оценки");
        assertThat(text.getTextFromPage(2)).contains("Итог оценки", "Руководитель отдела продаж");
        reader.close();
    }

    private static PdfPTable spacer(float height) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setFixedHeight(height);
        PdfPTable table = new PdfPTable(1);
        table.addCell(cell);
        return table;
    }
}
