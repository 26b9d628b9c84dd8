package ru.rop.portal.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import ru.rop.portal.common.content.ContentProblem;
import ru.rop.portal.common.content.InvalidContentException;
import ru.rop.portal.documents.OfficeDocument.Approval;
import ru.rop.portal.documents.OfficeDocument.Block;
import ru.rop.portal.documents.OfficeDocument.Clause;
import ru.rop.portal.documents.OfficeDocument.Heading;
import ru.rop.portal.documents.OfficeDocument.Paragraph;
import ru.rop.portal.documents.OfficeDocument.Signatures;
import ru.rop.portal.documents.OfficeDocument.Subtitle;
import ru.rop.portal.documents.OfficeDocument.Title;

class DocumentMarkupTest {

    @Test
    void readsTheSampleJobDescription() {
        OfficeDocument document = SampleDocuments.jobDescription();

        assertThat(document.title()).isEqualTo("ДОЛЖНОСТНАЯ ИНСТРУКЦИЯ");
        List<Block> blocks = document.blocks();
        assertThat(blocks.get(0)).isEqualTo(new Approval(List.of("УТВЕРЖДАЮ",
                "Генеральный директор ООО «Северный ветер»", "", "____________ И. И. Петров",
                "«___» ____________ 20__ г.")));
        assertThat(blocks.subList(1, 4)).containsExactly(new Title("ДОЛЖНОСТНАЯ ИНСТРУКЦИЯ"),
                new Subtitle("руководителя отдела продаж"), new Heading("1. Общие положения"));
        assertThat(blocks.get(4)).isEqualTo(new Clause("1.1.", "Настоящая должностная инструкция определяет "
                + "обязанности, права и ответственность руководителя отдела продаж ООО «Северный ветер» "
                + "(далее — Общество)."));
        assertThat(blocks).filteredOn(Heading.class::isInstance).extracting(b -> ((Heading) b).text())
                .containsExactly("1. Общие положения", "2. Должностные обязанности", "3. Права",
                        "4. Ответственность", "5. Взаимоотношения", "6. Критерии оценки работы (KPI)");
        assertThat(blocks).filteredOn(Clause.class::isInstance).hasSize(60);
        assertThat(blocks).filteredOn(Clause.class::isInstance).extracting(b -> ((Clause) b).number())
                .filteredOn(number -> number.startsWith("2.")).hasSize(20).endsWith("2.10.", "2.11.", "2.12.",
                        "2.13.", "2.14.", "2.15.", "2.16.", "2.17.", "2.18.", "2.19.", "2.20.");
        assertThat(blocks).contains(new Paragraph("Руководитель отдела продаж выполняет следующие обязанности."));
        assertThat(blocks.getLast()).isInstanceOf(Signatures.class);
        assertThat(((Signatures) blocks.getLast()).lines()).hasSize(3).element(1).isEqualTo("");
    }

    @Test
    void joinsTextLinesUntilABlankLineAndLetTextContinueAClause() {
        OfficeDocument document = DocumentMarkup.parse("doc.txt", """
                @title Права РОП
                Первая строка абзаца
                и его вторая строка.

                Второй абзац.
                2.1.3. Пункт третьего уровня,
                продолжение пункта.
                2.2. Следующий пункт.

                1. Одноуровневый номер — тоже пункт (перечень прав).
                ##  Раздел без пробела после номера
                """);

        assertThat(document.blocks()).containsExactly(new Title("Права РОП"),
                new Paragraph("Первая строка абзаца и его вторая строка."),
                new Paragraph("Второй абзац."),
                new Clause("2.1.3.", "Пункт третьего уровня, продолжение пункта."),
                new Clause("2.2.", "Следующий пункт."),
                new Clause("1.", "Одноуровневый номер — тоже пункт (перечень прав)."),
                new Heading("Раздел без пробела после номера"));
    }

    @Test
    void theFirstTitleNamesTheDocumentAndWindowsFilesReadTheSame() {
        OfficeDocument document = DocumentMarkup.parse("doc.txt",
                "\uFEFF@title Первый\r\n@subtitle Подзаголовок\r\n@title Второй\r\n@approval\r\nА\r\n\r\nБ\r\n@end\r\n");

        assertThat(document.title()).isEqualTo("Первый");
        assertThat(document.blocks()).containsExactly(new Title("Первый"), new Subtitle("Подзаголовок"),
                new Title("Второй"), new Approval(List.of("А", "", "Б")));
    }

    @Test
    void anUnclosedBlockIsReportedWhereItOpens() {
        assertProblems("@title Т\n\n@approval\nУТВЕРЖДАЮ\n", new ContentProblem("line 3", "@approval is not closed with @end"));
        assertProblems("@title Т\n@signatures\nОзнакомлен\n",
                new ContentProblem("line 2", "@signatures is not closed with @end"));
    }

    @Test
    void aDirectiveInsideABlockPointsAtTheMissingEnd() {
        assertProblems("@approval\nУТВЕРЖДАЮ\n@title Т\n@end\n",
                new ContentProblem("line 3", "@title inside @approval opened on line 1; close that block with @end first"),
                new ContentProblem("line 1", "the document has no @title"));
    }

    @Test
    void unknownAndIncompleteDirectivesNameTheirLines() {
        assertProblems("@title Т\n@subtitel опечатка\n", new ContentProblem("line 2",
                "unknown directive @subtitel (known: @title, @subtitle, @approval, @signatures, @end)"));
        assertProblems("@title\n", new ContentProblem("line 1", "@title needs its text on the same line"));
        assertProblems("@title Т\n@subtitle   \n", new ContentProblem("line 2", "@subtitle needs its text on the same line"));
        assertProblems("@title Т\n@end\n", new ContentProblem("line 2", "@end without an open @approval or @signatures"));
        assertProblems("@title Т\n@approval УТВЕРЖДАЮ\n@end\n", new ContentProblem("line 2",
                "@approval takes no text; put its lines below it, then @end"));
        assertProblems("@title Т\n##\n", new ContentProblem("line 2", "a ## heading needs its text"));
        assertProblems("@title Т\n\n2.1.\n", new ContentProblem("line 3", "clause 2.1. has no text"));
    }

    @Test
    void aDocumentNeedsATitle() {
        assertProblems("## 1. Общие положения\n1.1. Текст.\n", new ContentProblem("line 1", "the document has no @title"));
        assertProblems("", new ContentProblem("line 1", "the document has no @title"));
    }

    @Test
    void allProblemsAreReportedTogether() {
        assertProblems("@title Т\n@bold\n\n@foo\n@signatures\n", new ContentProblem("line 2",
                        "unknown directive @bold (known: @title, @subtitle, @approval, @signatures, @end)"),
                new ContentProblem("line 4",
                        "unknown directive @foo (known: @title, @subtitle, @approval, @signatures, @end)"),
                new ContentProblem("line 5", "@signatures is not closed with @end"));
    }

    private static void assertProblems(String markup, ContentProblem... expected) {
        assertThatThrownBy(() -> DocumentMarkup.parse("documents/rop.txt", markup))
                .isInstanceOfSatisfying(InvalidContentException.class, e -> {
                    assertThat(e.file()).isEqualTo("documents/rop.txt");
                    assertThat(e.problems()).containsExactly(expected);
                });
    }
}
