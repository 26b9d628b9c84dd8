package ru.rop.portal.common.pdf;

import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;

/** Looks inside a rendered PDF for what a viewer on another machine would need. */
public final class PdfChecks {

    private PdfChecks() {
    }

    /** The font dictionaries every page uses. */
    public static List<PdfDictionary> fonts(PdfReader reader) {
        List<PdfDictionary> fonts = new ArrayList<>();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            PdfDictionary resources = reader.getPageN(page).getAsDict(PdfName.RESOURCES);
            PdfDictionary pageFonts = resources == null ? null : resources.getAsDict(PdfName.FONT);
            if (pageFonts != null) {
                pageFonts.getKeys().forEach(key -> fonts.add(pageFonts.getAsDict(key)));
            }
        }
        return fonts;
    }

    /** True when the font program travels in the file; the standard 14 fonts have no descriptor and are not. */
    public static boolean isEmbedded(PdfDictionary font) {
        PdfDictionary described = font;
        if (PdfName.TYPE0.equals(font.getAsName(PdfName.SUBTYPE))) {
            PdfArray descendants = font.getAsArray(PdfName.DESCENDANTFONTS);
            described = descendants.getAsDict(0);
        }
        PdfDictionary descriptor = described.getAsDict(PdfName.FONTDESCRIPTOR);
        return descriptor != null && (descriptor.contains(PdfName.FONTFILE2)
                || descriptor.contains(PdfName.FONTFILE3) || descriptor.contains(PdfName.FONTFILE));
    }
}
