package ru.rop.portal.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import ru.rop.portal.candidate.ErasedCandidate;
import ru.rop.portal.candidate.ErasureReason;
import ru.rop.portal.candidate.Stage;
import ru.rop.portal.common.AppI18NProvider;
import ru.rop.portal.common.pdf.PdfChecks;

/** The act states what order No. 179 asks for; samples are kept in target/acts to look at. */
class DestructionActPdfTest {

    private static final Instant AT = Instant.parse("2026-12-01T00:30:00Z");
    private final DestructionActPdf pdf = new DestructionActPdf(new AppI18NProvider());

    @Test
    void aRetentionRunsActNamesEveryoneAndStatesTheRequiredDetails() throws IOException {
        List<ErasedCandidate> subjects = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            subjects.add(new ErasedCandidate(100 + i, 10 + i, 1, "Кандидатов Кандидат Кандидатович " + i,
                    "c" + i + "@mail.test", Stage.REJECTED, ErasureReason.RETENTION, AT, "system"));
        }
        byte[] act = pdf.render(new ActContent(42, AT, "ООО «Ромашка»", "г. Москва, ул. Ленина, д. 1",
                ErasureReason.RETENTION, subjects));
        keep("act-retention.pdf", act);
        String text = RetentionTest.text(act);
        assertThat(text).contains("АКТ № 42", "об уничтожении персональных данных", "ООО «Ромашка»",
                "г. Москва, ул. Ленина, д. 1", "«РОП-портал»", "удаление записей из базы данных",
                "истёк срок хранения", "Фамилия, имя, отчество", "Кандидатов Кандидат Кандидатович 1",
                "Кандидатов Кандидат Кандидатович 3", "Ответственный за организацию", "(подпись)",
                "ВЫГРУЗКА ИЗ ЖУРНАЛА РЕГИСТРАЦИИ СОБЫТИЙ", "Приложение к акту № 42");
        assertThat(text).doesNotContain("c1@mail.test");
        PdfReader reader = new PdfReader(act);
        assertThat(reader.getNumberOfPages()).as("the act on one page, the log extract on the next").isEqualTo(2);
        assertThat(PdfChecks.fonts(reader)).allMatch(PdfChecks::isEmbedded);
        reader.close();
    }

    @Test
    void anActOfManyPeopleRunsOnOverPagesWithTheHeaderRepeated() throws IOException {
        List<ErasedCandidate> subjects = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            subjects.add(new ErasedCandidate(i, i, 1, "Субъект Номер " + i, "s@mail.test", Stage.REJECTED,
                    ErasureReason.RETENTION, AT, "system"));
        }
        byte[] act = pdf.render(new ActContent(7, AT, "ООО «Ромашка»", "", ErasureReason.RETENTION, subjects));
        keep("act-many.pdf", act);
        assertThat(RetentionTest.text(act)).contains("Субъект Номер 1", "Субъект Номер 60", "Страница 1 из");
    }

    @Test
    void anActOnRequestStatesTheDemandAndWhoErased() throws IOException {
        byte[] act = pdf.render(new ActContent(8, AT, "ООО «Ромашка»", "", ErasureReason.REQUEST,
                List.of(new ErasedCandidate(5, 5, 1, "Просящий Павел", "p@mail.test", Stage.INTERVIEW,
                        ErasureReason.REQUEST, AT, "hr@company.ru"))));
        keep("act-request.pdf", act);
        assertThat(RetentionTest.text(act)).contains("требование субъекта персональных данных", "Просящий Павел")
                .doesNotContain("истёк срок хранения");
    }

    private static void keep(String name, byte[] content) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "acts"));
        Files.write(dir.resolve(name), content);
    }
}
