package ru.rop.portal.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TranslationsTest {

    private final AppI18NProvider i18n = new AppI18NProvider();

    @Test
    void russianAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(keys("translations_en.properties")).isEqualTo(keys("translations.properties"));
    }

    @Test
    void russianIsTheDefaultForAnyOtherLanguage() {
        assertThat(i18n.getProvidedLocales().getFirst().getLanguage()).isEqualTo("ru");
        assertThat(i18n.getTranslation("nav.users", Locale.GERMAN)).isEqualTo("Пользователи");
        assertThat(i18n.getTranslation("nav.users", Locale.of("ru", "RU"))).isEqualTo("Пользователи");
        assertThat(i18n.getTranslation("nav.users", Locale.US)).isEqualTo("Users");
        assertThat(i18n.getTranslation("home.greeting", Locale.of("ru"), "Анна")).isEqualTo("Здравствуйте, Анна!");
    }

    /** Keys written out literally in the code must exist; keys built at run time are covered by the view tests. */
    @Test
    void everyLiteralKeyInTheCodeIsTranslated() throws IOException {
        Set<String> known = keys("translations.properties");
        Pattern literal = Pattern.compile(
                "(?:getTranslation|russian|success|UserFacingException|notFound)\\(\\s*(?:this,\\s*)?\"([a-z0-9.-]+)\"\\s*[,)]");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = literal.matcher(Files.readString(file));
                while (matcher.find()) {
                    if (!known.contains(matcher.group(1))) {
                        missing.add(matcher.group(1) + " in " + file.getFileName());
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /** Domain content (questions, cases, documents) stays Russian, but no English screen text does. */
    @Test
    void englishTextsHaveNoCyrillic() throws IOException {
        Properties english = texts("translations_en.properties");
        assertThat(english.stringPropertyNames()).filteredOn(key -> english.getProperty(key).matches("(?s).*\\p{IsCyrillic}.*"))
                .isEmpty();
    }

    /** Every text is a valid ICU pattern, and a plain one renders exactly as written (apostrophes included). */
    @Test
    void everyTextFormatsWithArguments() throws IOException {
        for (Locale locale : List.of(AppI18NProvider.RUSSIAN, AppI18NProvider.ENGLISH)) {
            Properties texts = texts(locale == AppI18NProvider.ENGLISH ? "translations_en.properties" : "translations.properties");
            for (String key : texts.stringPropertyNames()) {
                String value = texts.getProperty(key);
                Object[] numbers = IntStream.rangeClosed(0, 9).boxed().toArray();
                assertThat(i18n.getTranslation(key, locale, numbers)).as(key).doesNotStartWith("!");
                if (!value.contains(",")) {
                    Object[] words = IntStream.rangeClosed(0, 9).mapToObj(i -> "<" + i + ">").toArray();
                    assertThat(i18n.getTranslation(key, locale, words)).as(key)
                            .isEqualTo(value.replaceAll("\\{(\\d)}", "<$1>"));
                }
            }
        }
    }

    @Test
    void russianCountsTakeTheRightNounForm() {
        assertThat(i18n.russian("assessment.section.intro.SITUATIONAL", 34, 20)).startsWith("Вас ждут 34 ситуации, около 20 минут.");
        assertThat(i18n.russian("assessment.section.intro.SITUATIONAL", 21, 21)).startsWith("Вас ждёт 21 ситуация, около 21 минуты.");
        assertThat(i18n.russian("assessment.section.intro.SITUATIONAL", 25, 11)).startsWith("Вас ждут 25 ситуаций, около 11 минут.");
        assertThat(i18n.russian("assessment.section.summary.SELF", 31, 5)).startsWith("Самооценка: 31 блок по три утверждения");
        assertThat(i18n.russian("field.too-long", 200)).isEqualTo("Не длиннее 200 символов.");
        assertThat(i18n.russian("field.too-long", 21)).isEqualTo("Не длиннее 21 символа.");
        assertThat(i18n.russian("profile.integrity.tabs", 3)).isEqualTo("Уходил(а) со страницы: 3 раза.");
        assertThat(i18n.russian("recommendation.reason.mean", 3.5, 2)).isEqualTo("Средняя оценка 3,5 по 2 компетенциям.");
        assertThat(i18n.russian("panel.lead", 2.0)).contains("расходятся на 2 балла и больше");
        assertThat(i18n.getTranslation("kit.summary", Locale.ENGLISH, 1, 40, 45))
                .startsWith("1 question · 40 of 45 minutes");
    }

    /** A pattern is parsed once and then shared: many pages drawn at once each get their own numbers' words. */
    @Test
    void aSharedFormatGivesEveryThreadItsOwnText() throws InterruptedException {
        List<Integer> counts = IntStream.rangeClosed(1, 400).boxed().toList();
        Map<Integer, String> seen = new ConcurrentHashMap<>();
        try (ExecutorService pages = Executors.newFixedThreadPool(8)) {
            for (int count : counts) {
                pages.submit(() -> seen.put(count, i18n.russian("assessment.section.intro.SITUATIONAL", count, 20)));
            }
        }
        assertThat(seen).hasSize(counts.size());
        assertThat(seen.get(21)).startsWith("Вас ждёт 21 ситуация,");
        assertThat(seen.get(34)).startsWith("Вас ждут 34 ситуации,");
        assertThat(seen.get(125)).startsWith("Вас ждут 125 ситуаций,");
        counts.forEach(count -> assertThat(seen.get(count)).contains(" " + count + " ситуац"));
        assertThat(i18n.getTranslation("assessment.section.intro.SITUATIONAL", Locale.ENGLISH, 21, 20))
                .as("the same key in another language is its own format").doesNotContain("ситуац");
    }

    /** Russian: 21 speaks like 1, 22 like 2, 5, 11 and 25 alike — in every text that counts; English by its rules. */
    @Test
    void everyPluralTextFollowsTheLanguagesRules() throws IOException {
        for (Locale locale : List.of(AppI18NProvider.RUSSIAN, AppI18NProvider.ENGLISH)) {
            Properties texts = texts(locale == AppI18NProvider.ENGLISH ? "translations_en.properties" : "translations.properties");
            List<String> plural = texts.stringPropertyNames().stream().filter(k -> texts.getProperty(k).contains("plural,"))
                    .sorted().toList();
            assertThat(plural).as("plural texts in " + locale).hasSizeGreaterThan(30);
            for (String key : plural) {
                // In English only 1 is «one»; in Russian 21 speaks like 1.
                int likeTwentyOne = locale == AppI18NProvider.RUSSIAN ? 1 : 2;
                assertThat(count(key, locale, 21)).as(key).isEqualTo(count(key, locale, likeTwentyOne));
                assertThat(count(key, locale, 22)).as(key).isEqualTo(count(key, locale, 2));
                assertThat(count(key, locale, 11)).as(key).isEqualTo(count(key, locale, 5));
                assertThat(count(key, locale, 25)).as(key).isEqualTo(count(key, locale, 5));
                assertThat(new HashSet<>(List.of(count(key, locale, 1), count(key, locale, 2), count(key, locale, 5)))).as(key)
                        .hasSizeGreaterThan(1);
            }
        }
    }

    /** The text with every argument set to one count, that count then written as N so forms can be compared. */
    private String count(String key, Locale locale, int n) {
        Object[] params = new Object[10];
        Arrays.fill(params, n);
        return i18n.getTranslation(key, locale, params).replaceAll("(?<!\\d)" + n + "(?!\\d)", "N");
    }

    private static Properties texts(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Set<String> keys(String file) throws IOException {
        return new TreeSet<>(texts(file).stringPropertyNames());
    }
}
