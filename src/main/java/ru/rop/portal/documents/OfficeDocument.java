package ru.rop.portal.documents;

import java.util.List;
import java.util.Objects;

/**
 * An HR document (a job description, a statement of rights) as a sequence of office blocks, independent of the
 * output format: {@link DocumentPdf} and {@link DocumentDocx} lay out the same blocks. Every visible word is in the
 * blocks; the renderers add none of their own.
 *
 * @param title  the document's title for the metadata (the first {@code @title} of the markup)
 * @param blocks the blocks in reading order
 */
public record OfficeDocument(String title, List<Block> blocks) {

    public OfficeDocument {
        Objects.requireNonNull(title, "title");
        blocks = List.copyOf(blocks);
    }

    /** One block of the document. */
    public sealed interface Block permits Approval, Title, Subtitle, Heading, Clause, Paragraph, Signatures {
    }

    /** The «approved by» stamp in the top right corner; an empty line stays an empty line. */
    public record Approval(List<String> lines) implements Block {

        public Approval {
            lines = List.copyOf(lines);
        }
    }

    /** The document's name, centred, printed as given (usually in capitals). */
    public record Title(String text) implements Block {
    }

    /** A centred line under the title, e.g. whose document it is. */
    public record Subtitle(String text) implements Block {
    }

    /** A section heading; the renderers keep it on the page of the block that follows it. */
    public record Heading(String text) implements Block {
    }

    /** A numbered clause; the number (e.g. {@code 2.1.}) hangs to the left of the text. */
    public record Clause(String number, String text) implements Block {
    }

    /** A plain justified paragraph. */
    public record Paragraph(String text) implements Block {
    }

    /** The closing block people sign (familiarised: name, signature, date), kept on one page. */
    public record Signatures(List<String> lines) implements Block {

        public Signatures {
            lines = List.copyOf(lines);
        }
    }
}
