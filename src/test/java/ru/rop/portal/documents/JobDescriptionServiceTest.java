package ru.rop.portal.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import ru.rop.portal.IntegrationTest;
import ru.rop.portal.TestData;
import ru.rop.portal.common.UserFacingException;
import ru.rop.portal.security.Role;
import ru.rop.portal.security.TestAccounts;
import ru.rop.portal.vacancy.CompanyProfileForm;
import ru.rop.portal.vacancy.SalesModel;

/** The job description from proposal to versions, comparison, restore and the printed and Word files. */
@IntegrationTest
class JobDescriptionServiceTest {

    private static final String KEY = "Bearer test-bootstrap-key-0123456789abcdef";

    @Autowired
    JobDescriptionService documents;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TestData data;
    @Autowired
    MockMvc mvc;

    private long vacancy;
    private String hr;

    @BeforeEach
    void vacancy() {
        hr = accounts.create(Role.HR).email();
        accounts.signIn(hr);
        vacancy = data.vacancy();
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    private JobDescriptionContent edited(JobDescriptionContent content, String approver) {
        return new JobDescriptionContent(content.approverPosition(), approver, content.reportsTo(),
                content.teamSize(), content.keepsOwnClients(), content.duties(), content.rights(),
                content.responsibilities(), content.relationships(), content.kpis(), content.qualifications());
    }

    @Test
    void theProposalFitsTheCompanyAndItsSalesModel() {
        JobDescriptionContent b2c = documents.proposal(new CompanyProfileForm("ООО «Восток»", "Розничная сеть",
                null, SalesModel.B2C, 6, null, null, -1), "РОП", "Коммерческий директор");
        assertThat(b2c.duties()).anySatisfy(d -> assertThat(d.text()).contains("маркетплейсы"));
        assertThat(b2c.duties()).anySatisfy(d -> assertThat(d.text()).contains("промоакциям"));
        assertThat(b2c.reportsTo()).isEqualTo("Коммерческий директор");
        assertThat(b2c.duties()).anySatisfy(d -> assertThat(d.text()).contains("с непосредственным руководителем"));
        assertThat(b2c.rights()).hasSize(12).allMatch(JobDescriptionContent.Clause::included);
        assertThat(b2c.relationships()).anySatisfy(r -> assertThat(r.text()).contains("6 чел."));
    }

    @Test
    void everySaveIsAVersionThatCanBeComparedAndRestored() throws Exception {
        JobDescriptionDraft draft = documents.draft(vacancy);
        assertThat(draft.version()).isZero();
        assertThatThrownBy(() -> documents.save(vacancy, edited(draft.content(), " "), 0))
                .isInstanceOf(UserFacingException.class);
        VersionInfo first = documents.save(vacancy, edited(draft.content(), "И. И. Петров"), 0);
        assertThat(first.number()).isEqualTo(1);
        assertThatThrownBy(() -> documents.save(vacancy, edited(draft.content(), "П. П. Другой"), 0))
                .as("a colleague's version is never overwritten").hasMessageContaining("jd.changed");

        JobDescriptionContent v1 = documents.draft(vacancy).content();
        List<JobDescriptionContent.Clause> duties = new ArrayList<>(v1.duties());
        String dropped = duties.getFirst().text();
        duties.set(0, duties.getFirst().withIncluded(false));
        duties.add(new JobDescriptionContent.Clause(null, "Ведёт переговоры с федеральными сетями.", true));
        documents.save(vacancy, new JobDescriptionContent(v1.approverPosition(), v1.approverName(), v1.reportsTo(),
                v1.teamSize(), v1.keepsOwnClients(), duties, v1.rights(), v1.responsibilities(),
                v1.relationships(), v1.kpis(), v1.qualifications()), 1);

        List<ClauseChange> diff = documents.compare(vacancy, 1, 2);
        assertThat(diff).extracting(ClauseChange::kind)
                .containsExactlyInAnyOrder(ClauseChange.Kind.REMOVED, ClauseChange.Kind.ADDED);
        assertThat(diff).anySatisfy(c -> assertThat(c.older()).isEqualTo(dropped));
        assertThat(diff).anySatisfy(c -> assertThat(c.newer()).contains("федеральными сетями"));

        VersionInfo restored = documents.restore(vacancy, 1, 2);
        assertThat(restored.number()).isEqualTo(3);
        assertThat(restored.note()).contains("1");
        assertThat(documents.draft(vacancy).content()).isEqualTo(v1);
        assertThat(documents.versions(vacancy)).extracting(VersionInfo::number).containsExactly(3, 2, 1);
        assertThat(SampleDocuments.pdfText(documents.pdf(vacancy, DocumentKind.JOB_DESCRIPTION).content()))
                .contains(dropped);
    }

    @Test
    void theCurrentVersionPrintsAndOpensInWordWithItsSectionsAndNumbering() throws Exception {
        JobDescriptionDraft draft = documents.draft(vacancy);
        documents.save(vacancy, edited(draft.content(), "А. Б. Сидорова"), 0);
        String firstDuty = draft.content().duties().stream().filter(JobDescriptionContent.Clause::included)
                .findFirst().orElseThrow().text();

        byte[] pdfBytes = documents.pdf(vacancy, DocumentKind.JOB_DESCRIPTION).content();
        // Kept for people to open and look at: target/docs/.
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "docs"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "docs", "job-description.pdf"), pdfBytes);
        java.nio.file.Files.write(java.nio.file.Path.of("target", "docs", "rights.pdf"),
                documents.pdf(vacancy, DocumentKind.RIGHTS).content());
        String pdf = SampleDocuments.pdfText(pdfBytes);
        assertThat(pdf).contains("УТВЕРЖДАЮ", "ООО «Тест»", "ДОЛЖНОСТНАЯ ИНСТРУКЦИЯ", "А. Б. Сидорова");
        assertThat(pdf.indexOf("1. Общие положения")).isLessThan(pdf.indexOf("2. Должностные обязанности"));
        assertThat(pdf.indexOf("2. Должностные обязанности")).isLessThan(pdf.indexOf("3. Права"));
        assertThat(pdf.indexOf("3. Права")).isLessThan(pdf.indexOf("4. Ответственность"));
        assertThat(pdf.indexOf("4. Ответственность")).isLessThan(pdf.indexOf("5. Взаимоотношения"));
        assertThat(pdf.indexOf("5. Взаимоотношения")).isLessThan(pdf.indexOf("6. Критерии оценки работы (KPI)"));
        assertThat(pdf).contains("2.1.", "2.2.", "3.12.", firstDuty.substring(0, 40), "ознакомлен");

        String word = SampleDocuments.docxText(documents.docx(vacancy, DocumentKind.JOB_DESCRIPTION).content());
        assertThat(word).contains("УТВЕРЖДАЮ", "ДОЛЖНОСТНАЯ ИНСТРУКЦИЯ", "1. Общие положения", "2.1.",
                firstDuty.substring(0, 40), "6. Критерии оценки работы (KPI)");

        String rights = SampleDocuments.pdfText(documents.pdf(vacancy, DocumentKind.RIGHTS).content());
        assertThat(rights).contains("ПРАВА РУКОВОДИТЕЛЯ ОТДЕЛА ПРОДАЖ", "12.",
                "Подписывать документы, разрешающие отпуск товара клиенту");
        assertThat(SampleDocuments.docxText(documents.docx(vacancy, DocumentKind.RIGHTS).content()))
                .contains("ПРАВА РУКОВОДИТЕЛЯ ОТДЕЛА ПРОДАЖ");
    }

    @Test
    void typedTextNeverChangesTheDocumentsStructure() {
        JobDescriptionContent draft = documents.draft(vacancy).content();
        List<JobDescriptionContent.Clause> duties = new ArrayList<>(draft.duties());
        duties.add(new JobDescriptionContent.Clause(null, "Первая строка\n@title ВЗЛОМ\n## 9. Раздел\n${company} <#if>",
                true));
        JobDescriptionContent hostile = new JobDescriptionContent("@approval", "## Иванов", draft.reportsTo(),
                draft.teamSize(), false, duties, draft.rights(), draft.responsibilities(), draft.relationships(),
                draft.kpis(), draft.qualifications());

        OfficeDocument document = documents.preview(vacancy, hostile, DocumentKind.JOB_DESCRIPTION);

        assertThat(document.blocks()).filteredOn(OfficeDocument.Title.class::isInstance).hasSize(1);
        assertThat(document.blocks()).filteredOn(OfficeDocument.Heading.class::isInstance).hasSize(6);
        assertThat(document.blocks()).anySatisfy(block -> assertThat(block).isInstanceOfSatisfying(
                OfficeDocument.Clause.class, clause -> assertThat(clause.text())
                        .isEqualTo("Первая строка @title ВЗЛОМ ## 9. Раздел ${company} <#if>")));
    }

    @Test
    void theApiServesTheProposalAsADraftUntilAVersionIsSaved() throws Exception {
        for (String document : List.of("job-description", "rights")) {
            MvcResult pdf = mvc.perform(get("/api/v1/vacancies/" + vacancy + "/" + document + ".pdf")
                            .header("Authorization", KEY))
                    .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                    .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
                            org.hamcrest.Matchers.startsWith(
                                    "attachment; filename=\"" + document + "-" + vacancy + "-draft.pdf\"; "
                                            + "filename*=UTF-8''"))).andReturn();
            SampleDocuments.keep(document + "-draft.pdf", pdf.getResponse().getContentAsByteArray());
            assertThat(SampleDocuments.pdfText(pdf.getResponse().getContentAsByteArray()))
                    .contains("ПРОЕКТ — ООО «Тест»");
            MvcResult docx = mvc.perform(get("/api/v1/vacancies/" + vacancy + "/" + document + ".docx")
                            .header("Authorization", KEY))
                    .andExpect(status().isOk()).andExpect(content().contentType(DocumentApiController.DOCX))
                    .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
                            org.hamcrest.Matchers.startsWith(
                                    "attachment; filename=\"" + document + "-" + vacancy + "-draft.docx\"; "
                                            + "filename*=UTF-8''"))).andReturn();
            assertThat(SampleDocuments.docxText(docx.getResponse().getContentAsByteArray())).startsWith("ПРОЕКТ")
                    .contains("ООО «Тест»");
        }
        // The API call ran in this thread with its own security context; the test's user signs in again.
        accounts.signIn(hr);
        documents.save(vacancy, edited(documents.draft(vacancy).content(), "И. И. Петров"), 0);
        MvcResult saved = mvc.perform(get("/api/v1/vacancies/" + vacancy + "/job-description.pdf")
                        .header("Authorization", KEY))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
                        org.hamcrest.Matchers.startsWith(
                                "attachment; filename=\"job-description-" + vacancy + ".pdf\"; "
                                        + "filename*=UTF-8''"))).andReturn();
        assertThat(SampleDocuments.pdfText(saved.getResponse().getContentAsByteArray())).contains("И. И. Петров")
                .doesNotContain("ПРОЕКТ");
        MvcResult word = mvc.perform(get("/api/v1/vacancies/" + vacancy + "/rights.docx").header("Authorization", KEY))
                .andExpect(status().isOk()).andExpect(content().contentType(DocumentApiController.DOCX)).andReturn();
        assertThat(SampleDocuments.docxText(word.getResponse().getContentAsByteArray())).doesNotContain("ПРОЕКТ");
        mvc.perform(get("/api/v1/vacancies/999999999/rights.pdf").header("Authorization", KEY))
                .andExpect(status().isNotFound());
    }
}
