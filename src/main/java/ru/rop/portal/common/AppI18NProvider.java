package ru.rop.portal.common;

import com.ibm.icu.text.MessageFormat;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Russian first, English second. Vaadin's default provider would order locales alphabetically and make
 * English the fallback for every other browser language; here any language we do not have gets Russian.
 * Texts are ICU message patterns, so a count can choose its noun by the language's plural rules
 * ({@code {0, plural, one{# минута} few{# минуты} many{# минут} other{# минуты}}}).
 */
@Component
public class AppI18NProvider implements I18NProvider {

    public static final Locale RUSSIAN = Locale.of("ru");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> LOCALES = List.of(RUSSIAN, ENGLISH);
    private static final String BUNDLE = "vaadin-i18n/translations";
    private static final ResourceBundle.Control NO_JVM_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Logger log = LoggerFactory.getLogger(AppI18NProvider.class);
    private static final Map<String, MessageFormat> FORMATS = new ConcurrentHashMap<>();

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        Locale effective = ENGLISH.getLanguage().equals(locale == null ? null : locale.getLanguage()) ? ENGLISH : RUSSIAN;
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, effective, NO_JVM_FALLBACK).getString(key);
            return params.length == 0 ? pattern : format(pattern, effective, params);
        } catch (MissingResourceException e) {
            log.warn("Missing translation '{}' for {}", key, effective);
            return "!" + key + "!";
        }
    }

    /**
     * Apostrophes are text here («the candidate's»), never quoting: ICU reads a doubled one as one apostrophe.
     * Each pattern is parsed once per language: parsing cost more than the rest of drawing a page (the patterns
     * are the bundles' own, a fixed set). An ICU format is not safe for two threads at once, hence the lock.
     */
    static String format(String pattern, Locale locale, Object... params) {
        MessageFormat format = FORMATS.computeIfAbsent(locale.toLanguageTag() + '\n' + pattern,
                key -> new MessageFormat(pattern.replace("'", "''"), locale));
        synchronized (format) {
            return format.format(params);
        }
    }

    /** For code outside a Vaadin UI (API answers, mails, PDFs): the same texts in Russian. */
    public String russian(String key, Object... params) {
        return getTranslation(key, RUSSIAN, params);
    }
}
