package ru.rop.portal.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import ru.rop.portal.common.AppI18NProvider;

class DocumentDocxTest {

    private static byte[] docx;

    @BeforeAll
    static void render() throws IOException {
        docx = new DocumentDocx(new AppI18NProvider()).render(SampleDocuments.jobDescription(), "",
                SampleDocuments.PAGE_FORMAT);
        SampleDocuments.keep("sample.docx", docx);
    }

    @Test
    void isAZipWithTheWordParts() throws IOException {
        List<String> entries = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.add(entry.getName());
            }
        }
        assertThat(entries).contains("[Content_Types].xml", "word/document.xml", "word/styles.xml",
                "docProps/core.xml").anyMatch(name -> name.matches("word/footer\\d*\\.xml"));
    }

    @Test
    void paragraphsFollowTheMarkupInStyledParagraphs() throws IOException {
        try (XWPFDocument document = open()) {
            List<XWPFParagraph> paragraphs = document.getParagraphs();
            assertThat(paragraphs.subList(0, 7)).extracting(XWPFParagraph::getText).containsExactly("УТВЕРЖДАЮ",
                    "Генеральный директор ООО «Северный ветер»", "", "____________ И. И. Петров",
                    "«___» ____________ 20__ г.", "ДОЛЖНОСТНАЯ ИНСТРУКЦИЯ", "руководителя отдела продаж");
            assertThat(paragraphs.subList(0, 5)).extracting(XWPFParagraph::getStyle).containsOnly("Approval");
            assertThat(paragraphs.get(5).getStyle()).isEqualTo("Title");
            assertThat(paragraphs.get(6).getStyle()).isEqualTo("Subtitle");

            assertThat(texts(paragraphs, "Heading1")).containsExactly("1. Общие положения",
                    "2. Должностные обязанности", "3. Права", "4. Ответственность", "5. Взаимоотношения",
                    "6. Критерии оценки работы (KPI)");
            List<String> clauses = texts(paragraphs, "Clause");
            assertThat(clauses).hasSize(60);
            assertThat(clauses.getFirst()).startsWith("1.1.\tНастоящая должностная инструкция");
            assertThat(clauses.stream().filter(c -> c.startsWith("2.")).map(c -> c.substring(0, c.indexOf('\t'))))
                    .containsExactly("2.1.", "2.2.", "2.3.", "2.4.", "2.5.", "2.6.", "2.7.", "2.8.", "2.9.", "2.10.",
                            "2.11.", "2.12.", "2.13.", "2.14.", "2.15.", "2.16.", "2.17.", "2.18.", "2.19.", "2.20.");
            assertThat(texts(paragraphs, "BodyText"))
                    .contains("Руководитель отдела продаж выполняет следующие обязанности.");
            assertThat(paragraphs.getLast().getText()).startsWith("________________ / ");
            assertThat(paragraphs.getLast().getStyle()).isEqualTo("Signatures");
            assertThat(paragraphs.getLast().isKeepNext()).isFalse();

            assertThat(document.getProperties().getCoreProperties().getTitle()).isEqualTo("ДОЛЖНОСТНАЯ ИНСТРУКЦИЯ");
            assertThat(document.getProperties().getCoreProperties().getCreator()).isEqualTo("РОП-портал");
        }
    }

    @Test
    void stylesCarryTheOfficeLook() throws IOException {
        try (XWPFDocument document = open()) {
            CTPPrGeneral heading = style(document, "Heading1").getCTStyle().getPPr();
            assertThat(heading.isSetKeepNext()).as("heading keeps with its first clause").isTrue();
            assertThat(style(document, "Heading1").getCTStyle().getRPr().sizeOfBArray()).isOne();
            assertThat(style(document, "Title").getCTStyle().getPPr().getJc().getVal().toString()).isEqualTo("center");
            CTPPrGeneral clause = style(document, "Clause").getCTStyle().getPPr();
            assertThat(clause.getInd().getHanging()).hasToString("709");
            assertThat(clause.getInd().getLeft()).hasToString("709");
            assertThat(clause.getJc().getVal().toString()).isEqualTo("both");
            assertThat(style(document, "Signatures").getCTStyle().getPPr().isSetKeepNext()).isTrue();
            assertThat(document.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr().getRFontsArray(0)
                    .getAscii()).isEqualTo("Times New Roman");
        }
    }

    @Test
    void pageIsA4WithOfficeMarginsAndFieldsInTheFooter() throws IOException {
        try (XWPFDocument document = open()) {
            CTSectPr section = document.getDocument().getBody().getSectPr();
            CTPageSz size = section.getPgSz();
            assertThat(size.getW()).hasToString("11906");
            assertThat(size.getH()).hasToString("16838");
            CTPageMar margins = section.getPgMar();
            assertThat(List.of(margins.getLeft(), margins.getRight(), margins.getTop(), margins.getBottom()))
                    .map(Object::toString).containsExactly("1701", "850", "1134", "1134");
            assertThat(section.sizeOfFooterReferenceArray()).isOne();

            List<XWPFFooter> footers = document.getFooterList();
            assertThat(footers).hasSize(1);
            XWPFParagraph footer = footers.getFirst().getParagraphs().getFirst();
            String xml = footer.getCTP().xmlText();
            assertThat(xml).contains("fldCharType=\"begin\"", " PAGE ", " NUMPAGES ", "fldCharType=\"end\"");
            assertThat(footer.getText()).isEqualTo("Страница 1 из 1");
        }
    }

    private static XWPFDocument open() throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    private static XWPFStyle style(XWPFDocument document, String id) {
        XWPFStyle style = document.getStyles().getStyle(id);
        assertThat(style).as("style " + id).isNotNull();
        return style;
    }

    private static List<String> texts(List<XWPFParagraph> paragraphs, String style) {
        return paragraphs.stream().filter(p -> style.equals(p.getStyle())).map(XWPFParagraph::getText).toList();
    }
}
