package ru.rop.portal.common.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.springframework.stereotype.Component;
import ru.rop.portal.common.LanguagePreference;

/**
 * Each new page of a signed-in user opens in the language they chose, and the page's {@code lang} follows the
 * page's language: Vaadin writes the browser's language there before the page knows who is signed in.
 */
@Component
class ChosenLanguage implements VaadinServiceInitListener {

    private final LanguagePreference preference;

    ChosenLanguage(LanguagePreference preference) {
        this.preference = preference;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            preference.chosen().ifPresent(ui::setLocale);
            markLanguage(ui);
        });
    }

    /** Switches this page now and remembers the choice; the page reloads so every text is written anew. */
    static void switchTo(UI ui, Locale locale, LanguagePreference preference) {
        preference.choose(locale);
        ui.setLocale(locale);
        markLanguage(ui);
        ui.getPage().reload();
    }

    /** Screen readers and hyphenation read {@code lang}; Vaadin set it from the browser's language alone. */
    private static void markLanguage(UI ui) {
        ui.getPage().executeJs("document.documentElement.lang=$0", ui.getLocale().getLanguage());
    }

    /** A language named in itself («Русский», «English»), as language menus do. */
    static String nameOf(Locale locale) {
        String name = locale.getDisplayLanguage(locale);
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
