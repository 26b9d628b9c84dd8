package ru.rop.portal.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.FinalText;
import org.openpdf.text.pdf.parser.ParsedText;
import org.openpdf.text.pdf.parser.ParsedTextImpl;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.openpdf.text.pdf.parser.TextAssembler;
import org.openpdf.text.pdf.parser.Word;
import ru.rop.portal.common.AppI18NProvider;
import ru.rop.portal.common.pdf.PdfChecks;

class DocumentPdfTest {

    private static final List<String> SECTIONS = List.of("1. Общие положения", "2. Должностные обязанности",
            "3. Права", "4. Ответственность", "5. Взаимоотношения", "6. Критерии оценки работы (KPI)");

    private final DocumentPdf renderer = new DocumentPdf(new AppI18NProvider());

    @Test
    void theSampleJobDescriptionReadsBackInOrderWithFootersAndEmbeddedFonts() throws IOException {
        byte[] pdf = render(SampleDocuments.jobDescription());
        SampleDocuments.keep("sample.pdf", pdf);

        PdfReader reader = new PdfReader(pdf);
        int pages = reader.getNumberOfPages();
        assertThat(pages).isGreaterThan(1);
        assertThat(reader.getInfo()).containsEntry("Title", "ДОЛЖНОСТНАЯ ИНСТРУКЦИЯ")
                .containsEntry("Author", "РОП-портал");
        List<String> lines = new ArrayList<>();
        for (int page = 1; page <= pages; page++) {
            List<String> pageLines = lines(reader, page);
            assertThat(pageLines.getFirst()).isEqualTo(SampleDocuments.HEADER);
            assertThat(pageLines.getLast()).isEqualTo("Страница " + page + " из " + pages);
            assertThat(new PdfTextExtractor(reader).getTextFromPage(page)).contains("Страница " + page + " из " + pages);
            lines.addAll(pageLines.subList(1, pageLines.size() - 1));
        }

        assertThat(lines.subList(0, 3)).containsExactly("УТВЕРЖДАЮ", "Генеральный директор ООО «Северный", "ветер»");
        assertThat(lines).containsSubsequence("УТВЕРЖДАЮ", "____________ И. И. Петров", "ДОЛЖНОСТНАЯ ИНСТРУКЦИЯ",
                "руководителя отдела продаж");
        assertThat(lines).containsSubsequence(SECTIONS);
        assertThat(String.join(" ", lines)).contains("отдела продаж ООО «Северный ветер» (далее — Общество).");
        List<String> clauses = IntStream.rangeClosed(1, 20).mapToObj(n -> "2." + n + ".").toList();
        assertThat(lines.stream().map(line -> line.split(" ")[0]).filter(clauses::contains).toList())
                .containsExactlyElementsOf(clauses);
        assertThat(lines.getLast()).startsWith("________________ / ");
        assertThat(lines).contains("С должностной инструкцией ознакомлен(а), один экземпляр получил(а):");

        List<PdfDictionary> fonts = PdfChecks.fonts(reader);
        assertThat(fonts).isNotEmpty().allMatch(PdfChecks::isEmbedded);
        assertThat(fonts).anyMatch(font -> font.getAsName(PdfName.BASEFONT).toString().contains("LiberationSerif"));
        reader.close();
    }

    @Test
    void aHeadingNeverEndsAPage() throws IOException {
        int headingsOpeningAPage = 0;
        // Each extra line at the top moves every later heading down a little, so over the variants some heading
        // reaches the foot of a page whatever the exact line height.
        for (int shift = 0; shift < 24; shift++) {
            PdfReader reader = new PdfReader(render(DocumentMarkup.parse("long.txt", longDocument(shift))));
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                List<String> body = lines(reader, page);
                body = body.subList(1, body.size() - 1);
                assertThat(body.getLast()).as("last line of page %d with %d lines above", page, shift)
                        .doesNotStartWith("Раздел");
                headingsOpeningAPage += body.getFirst().startsWith("Раздел") ? 1 : 0;
            }
            reader.close();
        }
        assertThat(headingsOpeningAPage).as("headings carried over to the next page").isPositive();
    }

    private byte[] render(OfficeDocument document) {
        return renderer.render(document, SampleDocuments.HEADER, SampleDocuments.PAGE_FORMAT);
    }

    private static String longDocument(int shift) {
        StringBuilder markup = new StringBuilder("@title ДОЛЖНОСТНАЯ ИНСТРУКЦИЯ\n\n");
        for (int i = 1; i <= shift; i++) {
            markup.append("0.").append(i).append(". Строка сдвига.\n");
        }
        for (int section = 1; section <= 30; section++) {
            markup.append("\n## Раздел ").append(section).append('\n');
            for (int clause = 1; clause <= 3; clause++) {
                markup.append(section).append('.').append(clause).append(". Пункт раздела ").append(section)
                        .append(" о полномочиях и обязанностях руководителя отдела продаж.\n");
            }
        }
        return markup.toString();
    }

    /**
     * The page's text as a reader sees it, top to bottom: OpenPDF's extractor hands over the words with their
     * positions and they are grouped into lines by baseline. Its plain text follows the content stream instead,
     * where kept-together blocks come after the rest of the page.
     */
    static List<String> lines(PdfReader reader, int page) throws IOException {
        PositionedWords words = new PositionedWords();
        new PdfTextExtractor(reader, words).getTextFromPage(page);
        Map<Integer, List<ParsedTextImpl>> byBaseline = new LinkedHashMap<>();
        for (ParsedTextImpl word : words.words) {
            byBaseline.computeIfAbsent(Math.round(word.getStartPoint().get(1)), y -> new ArrayList<>()).add(word);
        }
        return byBaseline.entrySet().stream()
                .sorted(Map.Entry.<Integer, List<ParsedTextImpl>>comparingByKey().reversed())
                .map(line -> join(line.getValue()))
                .filter(line -> !line.isBlank())
                .toList();
    }

    /** Words of one line, left to right, with a space where the layout left a gap (a tab, a justified space). */
    private static String join(List<ParsedTextImpl> words) {
        StringBuilder line = new StringBuilder();
        float end = Float.NEGATIVE_INFINITY;
        for (ParsedTextImpl word : words.stream().sorted(Comparator.comparing(w -> w.getStartPoint().get(0))).toList()) {
            if (word.getStartPoint().get(0) - end > 1) {
                line.append(' ');
            }
            line.append(word.getText());
            end = word.getEndPoint().get(0);
        }
        return line.toString().replaceAll("\\s+", " ").strip();
    }

    /** Collects the words the extractor finds, with where they start and end. */
    private static final class PositionedWords implements TextAssembler {

        private final List<ParsedTextImpl> words = new ArrayList<>();
        private int wordId;

        @Override
        public void process(ParsedText unassembled, String contextName) {
            words.addAll(unassembled.getAsPartialWords());
        }

        @Override
        public void process(Word completed, String contextName) {
            words.add(completed);
        }

        @Override
        public void process(FinalText completed, String contextName) {
        }

        @Override
        public void renderText(FinalText completed) {
        }

        @Override
        public void renderText(ParsedTextImpl parsed) {
        }

        @Override
        public FinalText endParsingContext(String containingElementName) {
            return new FinalText("");
        }

        @Override
        public String getWordId() {
            return "word" + wordId++;
        }

        @Override
        public void setPage(int page) {
        }

        @Override
        public void reset() {
            words.clear();
        }
    }
}
