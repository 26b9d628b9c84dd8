package ru.rop.portal.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import ru.rop.portal.IntegrationTest;
import ru.rop.portal.TestData;
import ru.rop.portal.security.Role;
import ru.rop.portal.security.TestAccounts;

/** Reports through the service and the API, with the candidates' real data. */
@IntegrationTest
class ReportServiceTest {

    private static final String KEY = "Bearer test-bootstrap-key-0123456789abcdef";

    @Autowired
    ReportService reports;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TestData data;
    @Autowired
    MockMvc mvc;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    private static String firstPage(byte[] pdf) throws Exception {
        try (PdfReader reader = new PdfReader(pdf)) {
            return new PdfTextExtractor(reader).getTextFromPage(1);
        }
    }

    @Test
    void aVacancyArchiveHoldsOneReadableReportPerCandidateAndCountsProgress() throws Exception {
        accounts.signIn(accounts.create(Role.OWNER).email());
        long vacancy = data.vacancy();
        long interviewed = data.candidate(vacancy, "Алексей Громов");
        data.interviewed(interviewed, 4, "Крепкий управленец");
        data.candidate(vacancy, "Борис Ветров");
        List<Integer> steps = new ArrayList<>();

        byte[] zip = reports.vacancyArchive(vacancy, (done, total) -> {
            assertThat(total).isEqualTo(2);
            steps.add(done);
        });

        assertThat(steps).containsExactly(1, 2);
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                names.add(entry.getName());
                assertThat(firstPage(in.readAllBytes())).contains(entry.getName().contains("Громов")
                        ? "Алексей Громов" : "Борис Ветров");
            }
        }
        assertThat(names).containsExactly("001 Алексей Громов.pdf", "002 Борис Ветров.pdf");
        assertThat(reports.fileName(interviewed)).isEqualTo("Алексей Громов.pdf");
    }

    @Test
    void theApiServesACandidatesReport() throws Exception {
        accounts.signIn(accounts.create(Role.HR).email());
        long candidate = data.candidate(data.vacancy(), "Вера Лосева");
        accounts.signOut();
        byte[] pdf = mvc.perform(get("/api/v1/candidates/" + candidate + "/report.pdf").header("Authorization", KEY))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(firstPage(pdf)).contains("Вера Лосева");
        mvc.perform(get("/api/v1/candidates/999999999/report.pdf").header("Authorization", KEY))
                .andExpect(status().isNotFound());
    }

    @Test
    void theComparisonReportShowsTheFinalistsSideBySide() throws Exception {
        accounts.signIn(accounts.create(Role.OWNER).email());
        long vacancy = data.vacancy();
        long strong = data.candidate(vacancy, "Мария Орлова");
        data.interviewed(strong, 5, "Системная, сильная");
        long weak = data.candidate(vacancy, "Пётр Сидоров");
        data.interviewed(weak, 2, "Слабый контроль");

        byte[] pdf = reports.comparisonReport(vacancy, List.of(strong, weak));

        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "report"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "report", "comparison.pdf"), pdf);
        StringBuilder text = new StringBuilder();
        try (PdfReader reader = new PdfReader(pdf)) {
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
            }
        }
        assertThat(text.toString()).contains("Сравнение финалистов", "Мария Орлова", "Пётр Сидоров", "5,0", "лучшая оценка в строке",
                "Однозначно да", "Системная, сильная", "Слабый контроль");
    }

    @Test
    void fileNamesAreSafeOnEveryFileSystem() {
        assertThat(ReportService.safe("Иванов / \"Пётр\": <тест>")).isEqualTo("Иванов Пётр тест");
        assertThat(ReportService.safe("  ")).isEqualTo("candidate");
    }
}
