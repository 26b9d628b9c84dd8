package ru.rop.portal.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.text.MessageFormat;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;
import org.springframework.stereotype.Component;
import ru.rop.portal.common.AppI18NProvider;
import ru.rop.portal.documents.OfficeDocument.Approval;
import ru.rop.portal.documents.OfficeDocument.Block;
import ru.rop.portal.documents.OfficeDocument.Clause;
import ru.rop.portal.documents.OfficeDocument.Heading;
import ru.rop.portal.documents.OfficeDocument.Signatures;
import ru.rop.portal.documents.OfficeDocument.Subtitle;
import ru.rop.portal.documents.OfficeDocument.Title;

/**
 * An HR document as a Word file the HR person can go on editing: real paragraphs in named styles (Title, Heading 1
 * with «keep with next», Clause with a hanging number, Body Text; see {@code documents/docx-styles.xml}), A4 with
 * office margins and page numbers as fields in the footer. Fonts are named, not embedded: Word uses Times New
 * Roman, LibreOffice its metric twin Liberation Serif, so lines break alike.
 */
@Component
public class DocumentDocx {

    /** Word measures in twips: 1/20 pt, 1/1440 inch. */
    private static final int A4_WIDTH = twips(210);
    private static final int A4_HEIGHT = twips(297);
    private static final CTStyles STYLES = loadStyles();

    private final AppI18NProvider i18n;

    public DocumentDocx(AppI18NProvider i18n) {
        this.i18n = i18n;
    }

    /**
     * @param header     a line at the top of every page, e.g. the «ПРОЕКТ» mark of a draft; blank for none
     * @param pageFormat a {@link MessageFormat} pattern for the footer: {0} becomes the page number field, {1} the
     *                   page count field, e.g. «Страница {0} из {1}»
     */
    public byte[] render(OfficeDocument doc, String header, String pageFormat) {
        try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            // Each document gets its own copy: POI edits the styles it is given.
            docx.createStyles().setStyles((CTStyles) STYLES.copy());
            page(docx.getDocument().getBody());
            if (!header.isBlank()) {
                XWPFParagraph top = docx.createHeader(HeaderFooterType.DEFAULT).createParagraph();
                top.setStyle("Header");
                text(top, header);
            }
            footer(docx, pageFormat);
            Block previous = null;
            for (Block block : doc.blocks()) {
                write(docx, block);
                if (block instanceof OfficeDocument.Paragraph && previous instanceof Heading) {
                    // A section's introduction stays on the page of its heading and first clause.
                    docx.getParagraphs().getLast().setKeepNext(true);
                }
                previous = block;
            }
            docx.getProperties().getCoreProperties().setTitle(doc.title());
            docx.getProperties().getCoreProperties().setCreator(i18n.russian("app.name"));
            docx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(XWPFDocument docx, Block block) {
        switch (block) {
            case Approval approval -> {
                List<XWPFParagraph> lines = lines(docx, "Approval", approval.lines());
                lines.getLast().setSpacingAfter(480);
            }
            case Title title -> text(paragraph(docx, "Title"), title.text());
            case Subtitle subtitle -> text(paragraph(docx, "Subtitle"), subtitle.text());
            case Heading heading -> text(paragraph(docx, "Heading1"), heading.text());
            case Clause clause -> {
                XWPFRun run = paragraph(docx, "Clause").createRun();
                run.setText(clause.number());
                run.addTab();
                run.setText(clause.text());
            }
            case OfficeDocument.Paragraph paragraph -> text(paragraph(docx, "BodyText"), paragraph.text());
            case Signatures signatures -> {
                List<XWPFParagraph> lines = lines(docx, "Signatures", signatures.lines());
                lines.getFirst().setSpacingBefore(480);
                // The style keeps each line with the next; the last one has nothing of its own to keep with.
                lines.getLast().setKeepNext(false);
            }
        }
    }

    private static XWPFParagraph paragraph(XWPFDocument docx, String style) {
        XWPFParagraph paragraph = docx.createParagraph();
        paragraph.setStyle(style);
        return paragraph;
    }

    private static void text(XWPFParagraph paragraph, String text) {
        paragraph.createRun().setText(text);
    }

    /** One paragraph per line, so a person edits the lines as they see them; an empty line stays empty. */
    private static List<XWPFParagraph> lines(XWPFDocument docx, String style, List<String> lines) {
        return lines.stream().map(line -> {
            XWPFParagraph paragraph = paragraph(docx, style);
            if (!line.isEmpty()) {
                text(paragraph, line);
            }
            return paragraph;
        }).toList();
    }

    /** A4 portrait with the margins of Russian office documents: left 30 mm, right 15 mm, top and bottom 20 mm. */
    private static void page(CTBody body) {
        CTSectPr section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setLeft(BigInteger.valueOf(twips(30)));
        margins.setRight(BigInteger.valueOf(twips(15)));
        margins.setTop(BigInteger.valueOf(twips(20)));
        margins.setBottom(BigInteger.valueOf(twips(20)));
        margins.setHeader(BigInteger.valueOf(twips(12.5f)));
        margins.setFooter(BigInteger.valueOf(twips(10)));
        margins.setGutter(BigInteger.ZERO);
    }

    /**
     * The caller's sentence with fields where the numbers go, so Word and LibreOffice count the pages themselves
     * after every edit. The pattern is formatted with markers in place of the numbers, then split at them.
     */
    private static void footer(XWPFDocument docx, String pageFormat) {
        XWPFParagraph paragraph = docx.createFooter(HeaderFooterType.DEFAULT).createParagraph();
        paragraph.setStyle("Footer");
        String marked = new MessageFormat(pageFormat, AppI18NProvider.RUSSIAN)
                .format(new Object[] {"\u0000PAGE\u0000", "\u0000NUMPAGES\u0000"});
        String[] parts = marked.split("\u0000");
        for (int i = 0; i < parts.length; i++) {
            if (i % 2 == 1) {
                field(paragraph, parts[i]);
            } else if (!parts[i].isEmpty()) {
                paragraph.createRun().setText(parts[i]);
            }
        }
    }

    /** A complex field (begin, instruction, separator, last value, end), the form Word itself writes. */
    private static void field(XWPFParagraph paragraph, String instruction) {
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        paragraph.createRun().getCTR().addNewInstrText().setStringValue(" " + instruction + " ");
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        paragraph.createRun().setText("1");
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    private static CTStyles loadStyles() {
        try (InputStream in = DocumentDocx.class.getResourceAsStream("/documents/docx-styles.xml")) {
            if (in == null) {
                throw new IllegalStateException("documents/docx-styles.xml is missing from the classpath");
            }
            return StylesDocument.Factory.parse(in).getStyles();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XmlException e) {
            throw new IllegalStateException("documents/docx-styles.xml is not valid WordprocessingML styles", e);
        }
    }

    private static int twips(float millimetres) {
        return Math.round(millimetres * 1440 / 25.4f);
    }
}
