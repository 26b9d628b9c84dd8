package ru.rop.portal.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.rop.portal.common.content.ContentProblem;
import ru.rop.portal.common.content.InvalidContentException;

/**
 * Reads an HR document written in a small line-based markup that an HR person can edit in any text editor:
 *
 * <pre>
 * &#64;approval
 * УТВЕРЖДАЮ
 * Генеральный директор ООО «Северный ветер»
 *
 * ____________ И. И. Петров
 * &#64;end
 * &#64;title ДОЛЖНОСТНАЯ ИНСТРУКЦИЯ
 * &#64;subtitle руководителя отдела продаж
 *
 * ## 1. Общие положения
 * 1.1. Руководитель отдела продаж относится к категории руководителей.
 * 1.2. Назначается на должность и освобождается от неё
 * приказом генерального директора.
 *
 * Текст без номера — обычный абзац.
 *
 * &#64;signatures
 * С инструкцией ознакомлен(а):
 * ____________________ / ____________________ / «___» ____________ 20__ г.
 * &#64;end
 * </pre>
 *
 * <ul>
 * <li>{@code @approval} … {@code @end}: the approval stamp, printed in the top right corner; each line inside is
 * one printed line, blank lines included.</li>
 * <li>{@code @title Text} and {@code @subtitle Text}: the centred title and the line under it. The first
 * {@code @title} also names the document in the file's metadata; a document needs one.</li>
 * <li>{@code ## Text}: a section heading, kept on the page of what follows it.</li>
 * <li>A line that starts with a number ending in a dot and a space ({@code 2.1. Text}, {@code 2.1.3. Text}, or
 * {@code 3. Text} in a plain list such as the rights): a numbered clause with the number hanging to the left of the
 * text.</li>
 * <li>{@code @signatures} … {@code @end}: the familiarisation block at the end, kept on one page; lines as in
 * {@code @approval}.</li>
 * <li>Any other line is text. Consecutive text lines are joined with a space into one paragraph, or continue the
 * clause directly above them; a blank line ends a paragraph or clause.</li>
 * </ul>
 *
 * Every mistake is reported at once, each with its line number: a block not closed with {@code @end}, an unknown
 * directive, a directive without its text, a stray {@code @end}.
 */
public final class DocumentMarkup {

    private static final Pattern CLAUSE = Pattern.compile("(\\d+(?:\\.\\d+)*\\.)(?:\\s+(.*))?");
    private static final Pattern DIRECTIVE = Pattern.compile("(@\\S*)\\s*(.*)");

    private final String name;
    private final List<OfficeDocument.Block> blocks = new ArrayList<>();
    private final List<ContentProblem> problems = new ArrayList<>();
    private String title;
    /** Also true for an empty {@code @title}, which is reported on its own line instead. */
    private boolean titled;
    /** Text lines waiting to become a paragraph or the rest of a clause. */
    private final StringBuilder text = new StringBuilder();
    private String clauseNumber;
    /** The open {@code @approval} or {@code @signatures} block, if any. */
    private String openBlock;
    private int openedOnLine;
    private final List<String> blockLines = new ArrayList<>();

    private DocumentMarkup(String name) {
        this.name = name;
    }

    /**
     * @param name the file or entry the text came from, named in errors
     * @throws InvalidContentException naming {@code name} and, for each problem, its line
     */
    public static OfficeDocument parse(String name, String text) {
        DocumentMarkup markup = new DocumentMarkup(name);
        List<String> lines = text.replace("\uFEFF", "").lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            markup.line(i + 1, lines.get(i).strip());
        }
        return markup.finish();
    }

    private void line(int number, String line) {
        if (openBlock != null) {
            insideBlock(number, line);
        } else if (line.isEmpty()) {
            flushText();
        } else if (line.startsWith("@")) {
            flushText();
            directive(number, line);
        } else if (line.startsWith("##")) {
            flushText();
            String heading = line.substring(2).strip();
            if (heading.isEmpty()) {
                problem(number, "a ## heading needs its text");
            } else {
                blocks.add(new OfficeDocument.Heading(heading));
            }
        } else {
            Matcher clause = CLAUSE.matcher(line);
            if (clause.matches()) {
                flushText();
                if (clause.group(2) == null || clause.group(2).isBlank()) {
                    problem(number, "clause " + clause.group(1) + " has no text");
                } else {
                    clauseNumber = clause.group(1);
                    text.append(clause.group(2).strip());
                }
            } else {
                text.append(text.isEmpty() ? "" : " ").append(line);
            }
        }
    }

    private void insideBlock(int number, String line) {
        if (line.equals("@end")) {
            blocks.add(openBlock.equals("@approval")
                    ? new OfficeDocument.Approval(blockLines)
                    : new OfficeDocument.Signatures(blockLines));
            blockLines.clear();
            openBlock = null;
        } else if (line.startsWith("@")) {
            // Most likely a forgotten @end: say so here rather than swallow the rest of the document.
            problem(number, line.split("\\s+")[0] + " inside " + openBlock + " opened on line " + openedOnLine
                    + "; close that block with @end first");
        } else {
            blockLines.add(line);
        }
    }

    private void directive(int number, String line) {
        Matcher matcher = DIRECTIVE.matcher(line);
        matcher.matches();
        String directive = matcher.group(1);
        String argument = matcher.group(2).strip();
        switch (directive) {
            case "@title", "@subtitle" -> {
                titled |= directive.equals("@title");
                if (argument.isEmpty()) {
                    problem(number, directive + " needs its text on the same line");
                } else if (directive.equals("@title")) {
                    title = title == null ? argument : title;
                    blocks.add(new OfficeDocument.Title(argument));
                } else {
                    blocks.add(new OfficeDocument.Subtitle(argument));
                }
            }
            case "@approval", "@signatures" -> {
                if (!argument.isEmpty()) {
                    problem(number, directive + " takes no text; put its lines below it, then @end");
                }
                openBlock = directive;
                openedOnLine = number;
            }
            case "@end" -> problem(number, "@end without an open @approval or @signatures");
            default -> problem(number, "unknown directive " + directive
                    + " (known: @title, @subtitle, @approval, @signatures, @end)");
        }
    }

    private void flushText() {
        if (clauseNumber != null) {
            blocks.add(new OfficeDocument.Clause(clauseNumber, text.toString()));
        } else if (!text.isEmpty()) {
            blocks.add(new OfficeDocument.Paragraph(text.toString()));
        }
        clauseNumber = null;
        text.setLength(0);
    }

    private OfficeDocument finish() {
        flushText();
        if (openBlock != null) {
            problem(openedOnLine, openBlock + " is not closed with @end");
        }
        if (!titled) {
            problem(1, "the document has no @title");
        }
        if (!problems.isEmpty()) {
            throw new InvalidContentException(name, problems);
        }
        return new OfficeDocument(title, blocks);
    }

    private void problem(int line, String message) {
        problems.add(new ContentProblem("line " + line, message));
    }
}
