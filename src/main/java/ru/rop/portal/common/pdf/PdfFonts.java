package ru.rop.portal.common.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;

/**
 * Liberation Sans (and Liberation Serif, metric-compatible with Times New Roman, for office documents such as job
 * descriptions) from the openpdf-fonts-extra jar, embedded as Identity-H: Cyrillic prints the same on every
 * machine, whatever fonts it has. Each face is read once per JVM; OpenPDF copies the font data when it writes a
 * subset, so one {@link BaseFont} serves concurrent documents.
 */
public final class PdfFonts {

    private static final BaseFont REGULAR = load("LiberationSans-Regular.ttf");
    private static final BaseFont BOLD = load("LiberationSans-Bold.ttf");
    private static final BaseFont ITALIC = load("LiberationSans-Italic.ttf");

    private PdfFonts() {
    }

    public static Font regular(float size, Color color) {
        return new Font(REGULAR, size, Font.NORMAL, color);
    }

    public static Font bold(float size, Color color) {
        return new Font(BOLD, size, Font.NORMAL, color);
    }

    public static Font italic(float size, Color color) {
        return new Font(ITALIC, size, Font.NORMAL, color);
    }

    public static Font serif(float size, Color color) {
        return new Font(Serif.REGULAR, size, Font.NORMAL, color);
    }

    public static Font serifBold(float size, Color color) {
        return new Font(Serif.BOLD, size, Font.NORMAL, color);
    }

    /** Loaded on first use only: most documents never print in serif. */
    private static final class Serif {

        private static final BaseFont REGULAR = load("LiberationSerif-Regular.ttf");
        private static final BaseFont BOLD = load("LiberationSerif-Bold.ttf");
    }

    private static BaseFont load(String file) {
        try (InputStream in = PdfFonts.class.getResourceAsStream("/liberation/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Font " + file + " is missing: is openpdf-fonts-extra on the classpath?");
            }
            // The name only tells OpenPDF the font type; the bytes come from the jar, not from a file.
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
