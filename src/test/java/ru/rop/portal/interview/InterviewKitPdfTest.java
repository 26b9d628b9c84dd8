package ru.rop.portal.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import ru.rop.portal.common.AppI18NProvider;
import ru.rop.portal.common.pdf.PdfChecks;

class InterviewKitPdfTest {

    private static final String TITLE = "План интервью: Анна Смирнова";
    private static final List<String> SCALE = List.of(
            "Нет примеров: отвечает общими словами о том, как «обычно бывает», результат не называет.",
            "Один пример без цифр; роль в результате не ясна, решения принимал руководитель.",
            "Конкретный пример с цифрами, но действовал по готовому плану; выводы для команды не сделал.",
            "Несколько примеров с цифрами; сам ставил цели, менял процесс и объясняет, почему так.",
            "Системный подход: выстроил процесс, который работает без него, показывает динамику за год.");

    private static final String STYLE = "Жёсткость контроля: 1 · 2 · 3 · 4 · 5 (1 — почти не проверяет работу;"
            + " 5 — лично проверяет каждый шаг менеджеров)";

    private static byte[] pdf;
    private static KitDocument kit;

    @BeforeAll
    static void render() throws IOException {
        kit = kit();
        pdf = new InterviewKitPdf(new AppI18NProvider()).render(kit);
        // Left in target/ for a person to open: the layout is judged by eye, the tests only check the facts.
        Path file = Path.of("target", "pdf", "interview-kit.pdf");
        Files.createDirectories(file.getParent());
        Files.write(file, pdf);
    }

    @Test
    void opensWithTheTitleInCyrillicAndTheMetadata() throws IOException {
        PdfReader reader = new PdfReader(pdf);
        assertThat(reader.getNumberOfPages()).isGreaterThan(3);
        assertThat(text(reader, 1)).contains(TITLE, "Вакансия: РОП в B2B-дистрибуцию", "Вопросов: 9");
        assertThat(reader.getInfo()).containsEntry("Title", TITLE).containsEntry("Author", "РОП-портал");
        assertThat(reader.getCatalog().getAsString(PdfName.LANG)).hasToString("ru");
        reader.close();
    }

    @Test
    void questionsComeInTheOrderOfThePlan() throws IOException {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder all = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            all.append(text(reader, page));
        }
        // Long lines wrap, so the order is checked on the text without any spacing.
        String flat = squeeze(all.toString());
        int from = 0;
        for (KitDocument.Section section : kit.sections()) {
            for (KitDocument.Item item : section.items()) {
                int at = flat.indexOf(squeeze(item.text()), from);
                assertThat(at).as(item.number()).isGreaterThanOrEqualTo(from);
                from = at;
            }
        }
        assertThat(flat).contains(squeeze("Не покрыты вопросами: «Финансовая грамотность»"));
        reader.close();
    }

    @Test
    void aQuestionListsTheStylesItObservesOnItsOwnPage() throws IOException {
        PdfReader reader = new PdfReader(pdf);
        int found = 0;
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            String text = squeeze(text(reader, page));
            for (KitDocument.Section section : kit.sections()) {
                for (KitDocument.Item item : section.items()) {
                    if (text.contains(squeeze(item.text())) && !item.styles().isEmpty()) {
                        assertThat(text).as(item.number()).contains(squeeze(item.styles().getFirst()),
                                squeeze(item.stylesLabel()));
                        found++;
                    }
                }
            }
        }
        assertThat(found).isGreaterThan(3);
        reader.close();
    }

    @Test
    void everyPageHasTheHeaderAndItsNumberOfTheTotal() throws IOException {
        PdfReader reader = new PdfReader(pdf);
        int pages = reader.getNumberOfPages();
        for (int page = 1; page <= pages; page++) {
            assertThat(text(reader, page)).contains("Страница " + page + " из " + pages, "РОП в B2B — 12.03.2026");
        }
        reader.close();
    }

    @Test
    void everyFontIsEmbedded() throws IOException {
        PdfReader reader = new PdfReader(pdf);
        List<PdfDictionary> fonts = PdfChecks.fonts(reader);
        assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(PdfChecks.isEmbedded(font)).isTrue());
        reader.close();
    }

    @Test
    void aQuestionIsNotSplitBetweenPages() throws IOException {
        PdfReader reader = new PdfReader(pdf);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            String text = squeeze(text(reader, page));
            // The red flags come last before the notes: on the page of a question's text, so is its last red flag.
            for (KitDocument.Section section : kit.sections()) {
                for (KitDocument.Item item : section.items()) {
                    if (text.contains(squeeze(item.text()))) {
                        assertThat(text).as(item.number()).contains(squeeze(item.redFlags().getLast()));
                    }
                }
            }
        }
        reader.close();
    }

    @Test
    void aSectionHeadingStaysOnThePageOfItsFirstQuestion() throws IOException {
        PdfReader reader = new PdfReader(pdf);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            String text = squeeze(text(reader, page));
            for (KitDocument.Section section : kit.sections()) {
                if (text.contains(squeeze(section.heading()))) {
                    assertThat(text).as(section.heading()).contains(squeeze(section.items().getFirst().text()));
                }
            }
        }
        reader.close();
    }

    private static String text(PdfReader reader, int page) throws IOException {
        return new PdfTextExtractor(reader).getTextFromPage(page);
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static KitDocument kit() {
        List<KitDocument.Section> sections = List.of(
                section("1. Управление командой продаж", 3, "Как вы выстраивали работу отдела, когда пришли"
                        + " в компанию, где план не выполнялся три квартала подряд? Что сделали в первые 90 дней"),
                section("2. Требовательность и контроль", 2, "Расскажите о случае, когда сильный по цифрам"
                        + " менеджер систематически нарушал правила работы с CRM. Как вы поступили и чем кончилось"),
                section("3. Построение воронки и прогноз", 2, "Как вы строили прогноз продаж на квартал и насколько"
                        + " он совпадал с фактом? Приведите цифры за последний год работы"),
                section("4. Найм и адаптация менеджеров", 2, "Опишите, как вы нанимали менеджеров в последний раз:"
                        + " откуда брали кандидатов, как отбирали, сколько из нанятых прошли испытательный срок"));
        return new KitDocument(TITLE, "Вакансия: РОП в B2B-дистрибуцию · компания «Северный ветер»",
                "РОП в B2B — 12.03.2026", "Страница {0} из {1}",
                List.of("Длительность: 75 минут", "Вопросов: 9", "Компетенции: управление командой,"
                        + " требовательность, воронка и прогноз, найм и адаптация"),
                sections,
                List.of("Не покрыты вопросами: «Финансовая грамотность», «Работа с ключевыми клиентами»."
                        + " Задайте о них вопросы на втором интервью или в кейсе."));
    }

    private static KitDocument.Section section(String heading, int count, String question) {
        int sectionNumber = Integer.parseInt(heading.substring(0, 1));
        List<KitDocument.Item> items = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String number = sectionNumber + "." + i;
            items.add(new KitDocument.Item(number, question + " (вопрос " + number + ")?",
                    "8 минут · поведенческий вопрос · свидетельства: лидерство, системность",
                    "Что слушать", "Конкретную ситуацию с цифрами до и после, собственные действия кандидата"
                            + " (а не «мы»), причины выбранного решения и то, что он сделал бы иначе сегодня.",
                    "Уточняющие вопросы", List.of(
                            "Какие цифры были на входе и какие стали через полгода?",
                            "Кто ещё участвовал в решении и какую роль играли именно вы?",
                            "Что не получилось с первого раза и как вы это поняли?",
                            "Как к изменениям отнеслась команда и кто ушёл?"),
                    "Шкала оценки", SCALE,
                    "Стиль (не оценка качества): обведите, где кандидат находится на шкале", i % 2 == 0 ? List.of()
                            : List.of(STYLE + " (" + number + ")", "Загруженность текучкой: 1 · 2 · 3 · 4 · 5"
                                    + " (1 — работает размеренно; 5 — постоянно на бегу)"),
                    "Красные флаги", List.of(
                            "Винит в неудачах рынок, продукт или прежнего руководителя (" + number + ")",
                            "Не может назвать ни одной цифры по своему отделу (" + number + ")"),
                    "Заметки интервьюера"));
        }
        return new KitDocument.Section(heading, items);
    }
}
