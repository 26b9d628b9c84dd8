package ru.rop.portal.documents.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import ru.rop.portal.documents.OfficeDocument;

/** The document as a page on screen, from the same structure the PDF and DOCX are made of. */
class DocumentPreview extends Div {

    DocumentPreview() {
        addClassName("rop-doc-preview");
    }

    void show(OfficeDocument document) {
        removeAll();
        Div sheet = new Div();
        sheet.addClassName("rop-doc-sheet");
        for (OfficeDocument.Block block : document.blocks()) {
            switch (block) {
                case OfficeDocument.Approval approval -> {
                    Div box = new Div();
                    box.addClassName("rop-doc-approval");
                    approval.lines().forEach(line -> box.add(new Div(line.isBlank() ? "\u00a0" : line)));
                    sheet.add(box);
                }
                case OfficeDocument.Title title -> sheet.add(styled(new Paragraph(title.text()), "rop-doc-title"));
                case OfficeDocument.Subtitle subtitle ->
                        sheet.add(styled(new Paragraph(subtitle.text()), "rop-doc-subtitle"));
                case OfficeDocument.Heading heading ->
                        sheet.add(styled(new Paragraph(heading.text()), "rop-doc-heading"));
                case OfficeDocument.Clause clause -> {
                    Span number = new Span(clause.number());
                    number.addClassName("rop-doc-number");
                    Div line = new Div(number, new Span(clause.text()));
                    line.addClassName("rop-doc-clause");
                    sheet.add(line);
                }
                case OfficeDocument.Paragraph paragraph ->
                        sheet.add(styled(new Paragraph(paragraph.text()), "rop-doc-paragraph"));
                case OfficeDocument.Signatures signatures -> {
                    Div box = new Div();
                    box.addClassName("rop-doc-signatures");
                    signatures.lines().forEach(line -> box.add(new Div(line.isBlank() ? "\u00a0" : line)));
                    sheet.add(box);
                }
            }
        }
        add(sheet);
    }

    private static Paragraph styled(Paragraph paragraph, String className) {
        paragraph.addClassName(className);
        return paragraph;
    }
}
