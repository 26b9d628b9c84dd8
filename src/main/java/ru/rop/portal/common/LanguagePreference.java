package ru.rop.portal.common;

import java.util.Locale;
import java.util.Optional;

/** The screen language the signed-in user chose, kept with their account; none chosen means the browser's. */
public interface LanguagePreference {

    /** @return the signed-in user's choice, or empty for no choice or nobody signed in */
    Optional<Locale> chosen();

    /** Remembers the signed-in user's choice for their next sign-in on any device. */
    void choose(Locale locale);
}
