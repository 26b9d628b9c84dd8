package ru.rop.portal.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    private static Set<String> keys(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
