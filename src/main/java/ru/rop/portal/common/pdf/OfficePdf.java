package ru.rop.portal.common.pdf;

import com.ibm.icu.text.MessageFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.Utilities;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfStamper;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;

/**
 * An A4 document with office margins (left 30 mm for binding, right 15 mm, top and bottom 20 mm), a running
 * header and «page N of M» footers. The footers are stamped on in a second pass over the finished file, because only
 * then is the page count known and the caller's pattern may put the count anywhere in the sentence.
 */
public final class OfficePdf {

    private static final Rectangle PAGE = PageSize.A4;
    private static final float MARGIN_LEFT = mm(30);
    private static final float MARGIN_RIGHT = mm(15);
    private static final float MARGIN_TOP = mm(20);
    private static final float MARGIN_BOTTOM = mm(20);

    private OfficePdf() {
    }

    /** Lays out what {@code content} adds to the open document and returns the finished PDF. */
    public static byte[] render(PdfSetup setup, Consumer<Document> content) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Document document = new Document(PAGE, MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM);
        PdfWriter writer = PdfWriter.getInstance(document, body);
        writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
        // Justified lines widen the spaces only, as word processors do; OpenPDF would letter-space them too.
        writer.setSpaceCharRatio(PdfWriter.NO_SPACE_CHAR_RATIO);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(setup.language().toLanguageTag()));
        document.addTitle(setup.title());
        document.addAuthor(setup.author());
        document.addCreator(setup.author());
        writer.createXmpMetadata();
        document.open();
        content.accept(document);
        document.close();
        try {
            return addHeadersAndFooters(body.toByteArray(), setup);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] addHeadersAndFooters(byte[] pdf, PdfSetup setup) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfStamper stamper = new PdfStamper(reader, out);
        int pages = reader.getNumberOfPages();
        MessageFormat footer = new MessageFormat(setup.pageFormat(), setup.language());
        Font font = PdfFonts.regular(8, PdfBlocks.MUTED);
        float left = MARGIN_LEFT;
        float right = PAGE.getWidth() - MARGIN_RIGHT;
        float headerLine = PAGE.getHeight() - mm(13);
        for (int page = 1; page <= pages; page++) {
            PdfContentByte canvas = stamper.getOverContent(page);
            if (setup.header() != null && !setup.header().isBlank()) {
                ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(setup.header(), font),
                        left, headerLine + 4, 0);
                rule(canvas, left, right, headerLine);
            }
            rule(canvas, left, right, mm(14));
            ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT,
                    new Phrase(footer.format(new Object[] {page, pages}), font), right, mm(14) - 11, 0);
        }
        stamper.close();
        reader.close();
        return out.toByteArray();
    }

    private static void rule(PdfContentByte canvas, float left, float right, float y) {
        canvas.saveState();
        canvas.setColorStroke(PdfBlocks.RULE);
        canvas.setLineWidth(0.5f);
        canvas.moveTo(left, y);
        canvas.lineTo(right, y);
        canvas.stroke();
        canvas.restoreState();
    }

    static float mm(float millimetres) {
        return Utilities.millimetersToPoints(millimetres);
    }
}
