package ru.rop.portal.common.pdf;

import java.util.Locale;
import java.util.Objects;

/**
 * What a document says about itself and on every page. All words come from the caller, already translated.
 *
 * @param title      document title in the metadata (viewers show it instead of the file name)
 * @param author     author and creator in the metadata, usually the product name
 * @param language   the language of the text, written as the document's /Lang for screen readers and search
 * @param header     a short running header on every page, e.g. «Vacancy — date»; blank for none
 * @param pageFormat a {@link java.text.MessageFormat} pattern for the footer: {0} is the page, {1} the page count
 */
public record PdfSetup(String title, String author, Locale language, String header, String pageFormat) {

    public PdfSetup {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(pageFormat, "pageFormat");
    }
}
