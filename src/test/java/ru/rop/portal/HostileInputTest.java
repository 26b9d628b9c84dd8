package ru.rop.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static ru.rop.portal.candidate.CandidateForms.aCandidate;
import static ru.rop.portal.vacancy.VacancyForms.aVacancy;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import ru.rop.portal.assessment.AssessmentPlan;
import ru.rop.portal.assessment.CandidateAssessmentService;
import ru.rop.portal.assessment.InvitationService;
import ru.rop.portal.candidate.CandidateService;
import ru.rop.portal.cases.CaseLibrary;
import ru.rop.portal.cases.CaseMode;
import ru.rop.portal.cases.CaseService;
import ru.rop.portal.common.UserFacingException;
import ru.rop.portal.documents.DocumentKind;
import ru.rop.portal.documents.JobDescriptionContent;
import ru.rop.portal.documents.JobDescriptionService;
import ru.rop.portal.interview.InterviewService;
import ru.rop.portal.interview.KitService;
import ru.rop.portal.interview.NoteField;
import ru.rop.portal.report.ReportService;
import ru.rop.portal.security.Role;
import ru.rop.portal.security.TestAccounts;
import ru.rop.portal.vacancy.VacancyService;

/**
 * Issue 9: hostile text in every main field is stored exactly as typed and every document renders it; control
 * characters, broken Unicode and over-long text are refused with a message and change nothing. The browser side
 * (shown literally, no script runs) is {@code BrowserHostileInputIT}.
 */
@IntegrationTest
class HostileInputTest {

    private static final String API_KEY = "Bearer test-bootstrap-key-0123456789abcdef";
    private static final String LONE_SURROGATE = "половина пары \uD83D конец";

    @Autowired
    TestAccounts accounts;
    @Autowired
    VacancyService vacancies;
    @Autowired
    CandidateService candidates;
    @Autowired
    InterviewService interviews;
    @Autowired
    KitService kits;
    @Autowired
    CaseService cases;
    @Autowired
    CaseLibrary caseLibrary;
    @Autowired
    InvitationService invitations;
    @Autowired
    CandidateAssessmentService assessments;
    @Autowired
    JobDescriptionService documents;
    @Autowired
    ReportService reports;
    @Autowired
    MockMvc mvc;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void hostileTextIsStoredAsTypedAndEveryDocumentRendersIt() throws Exception {
        accounts.signIn(accounts.create(Role.HR).email());
        long vacancy = vacancies.create(aVacancy().withTitle(HostileText.ALL_IN_ONE_LINE)
                .withCompanyName(HostileText.SQL).withSalesTeamSize(12).withReportsTo(HostileText.RTL)
                .withRequiredExperience(HostileText.COMBINING).withNotes(HostileText.ALL_LINES).build()).id();
        var storedVacancy = vacancies.find(vacancy).orElseThrow();
        assertThat(storedVacancy.title()).isEqualTo(HostileText.ALL_IN_ONE_LINE);
        assertThat(storedVacancy.companyName()).isEqualTo(HostileText.SQL);
        assertThat(storedVacancy.notes()).isEqualTo(HostileText.ALL_LINES);

        Set<String> tags = Set.of("<b>тег</b>", "'; drop table candidate; --", "👩🏽\u200D💼");
        long candidate = candidates.create(aCandidate(vacancy).withFullName(HostileText.IMG + " " + HostileText.JOINERS)
                .withCity(HostileText.SQL_OR).withCurrentPosition(HostileText.SCRIPT)
                .withCurrentCompany(HostileText.RTL).withNotes(HostileText.ALL_LINES).withTags(tags).build()).id();
        var details = candidates.details(candidate);
        assertThat(details.candidate().fullName()).isEqualTo(HostileText.IMG + " " + HostileText.JOINERS);
        assertThat(details.candidate().city()).isEqualTo(HostileText.SQL_OR);
        assertThat(details.candidate().tags()).isEqualTo(tags);
        assertThat(details.notes()).isEqualTo(HostileText.ALL_LINES);
        // A search for an SQL fragment is a search for text: it finds the tag, and the table is still there.
        // (Other tests sharing the database may have candidates with the same text.)
        assertThat(candidates.search(HostileText.SQL)).extracting(c -> c.id()).contains(candidate);
        assertThat(candidates.search(HostileText.SQL_OR)).extracting(c -> c.id()).contains(candidate);

        long interview = interviews.start(candidate);
        String question = interviews.session(interview).steps().getFirst().question().id();
        interviews.write(interview, question, NoteField.NOTES, HostileText.ALL_LINES);
        interviews.write(interview, question, NoteField.ACTION, HostileText.SCRIPT);
        var answer = interviews.session(interview).steps().getFirst().answer();
        assertThat(answer.notes()).isEqualTo(HostileText.ALL_LINES);
        assertThat(answer.action()).isEqualTo(HostileText.SCRIPT);
        interviews.score(interview, question, 4);
        interviews.submit(interview, HostileText.ALL_LINES);

        String caseId = caseLibrary.cases().getFirst().id();
        long assignment = cases.assign(candidate, caseId, CaseMode.WRITTEN);
        String url = invitations.invite(candidate, 7).url();
        String token = url.substring(url.lastIndexOf("/a/") + 3);
        AssessmentPlan plan = assessments.open(token, "127.0.0.1").orElseThrow();
        assertThat(plan.candidateName()).isEqualTo(HostileText.IMG + " " + HostileText.JOINERS);
        assertThat(plan.consent().text()).contains(HostileText.IMG);
        assessments.consent(token, "127.0.0.1", plan.consent().version());
        assessments.write(token, caseId, null, HostileText.ALL_LINES, 0, 30);
        assertThat(cases.sheet(assignment).answer()).isEqualTo(HostileText.ALL_LINES);

        var draft = documents.draft(vacancy);
        List<JobDescriptionContent.Clause> duties = new ArrayList<>(draft.content().duties());
        HostileText.STORED.forEach(text -> duties.add(new JobDescriptionContent.Clause(null, text, true)));
        JobDescriptionContent content = draft.content();
        documents.save(vacancy, new JobDescriptionContent(HostileText.SCRIPT, HostileText.JOINERS,
                HostileText.RTL, content.teamSize(), content.keepsOwnClients(), duties, content.rights(),
                content.responsibilities(), content.relationships(), content.kpis(), content.qualifications()),
                draft.version());
        var saved = documents.draft(vacancy).content();
        assertThat(saved.approverPosition()).isEqualTo(HostileText.SCRIPT);
        assertThat(saved.approverName()).isEqualTo(HostileText.JOINERS);
        assertThat(saved.duties()).extracting(JobDescriptionContent.Clause::text)
                .containsSubsequence(HostileText.STORED);

        for (DocumentKind kind : DocumentKind.values()) {
            assertThat(new String(documents.pdf(vacancy, kind).content(), 0, 5)).isEqualTo("%PDF-");
            try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(
                    documents.docx(vacancy, kind).content()));
                 XWPFWordExtractor text = new XWPFWordExtractor(docx)) {
                assertThat(text.getText()).contains(HostileText.SCRIPT);
            }
        }
        assertThat(new String(reports.candidateReport(candidate), 0, 5)).isEqualTo("%PDF-");
        long other = candidates.create(aCandidate(vacancy).withFullName(HostileText.COMBINING).build()).id();
        assertThat(new String(reports.comparisonReport(vacancy, List.of(candidate, other)), 0, 5))
                .isEqualTo("%PDF-");
        assertThat(reports.vacancyArchive(vacancy, (done, total) -> { })).isNotEmpty();
        assertThat(reports.fileName(candidate)).doesNotContain("<", ">", "\"", "/");
        assertThat(new String(kits.pdf(vacancy), 0, 5)).isEqualTo("%PDF-");
        assertThat(new String(candidates.exportCsv(vacancy), java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"" + HostileText.IMG.replace("\"", "\"\"") + " " + HostileText.JOINERS + "\"");
    }

    @Test
    void controlCharactersBrokenUnicodeAndOverlongTextAreRefusedAndNothingIsSaved() {
        accounts.signIn(accounts.create(Role.HR).email());
        int before = vacancies.list().size();
        for (String bad : List.of(HostileText.CONTROL, LONE_SURROGATE)) {
            assertThatThrownBy(() -> vacancies.create(aVacancy().withTitle(bad).build()))
                    .isInstanceOfSatisfying(UserFacingException.class, e -> {
                        assertThat(e.field()).isEqualTo("title");
                        assertThat(e.messageKey()).isEqualTo("field.unprintable");
                    });
        }
        assertThatThrownBy(() -> vacancies.create(aVacancy().withNotes(HostileText.LONG).build()))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.field()).isEqualTo("notes");
                    assertThat(e.messageKey()).isEqualTo("field.too-long");
                });
        assertThat(vacancies.list()).hasSize(before);
        // Line breaks and tabs are text, not control characters to refuse.
        long vacancy = vacancies.create(aVacancy().withTitle("РОП\tсевер").withNotes("строка 1\r\nстрока 2")
                .build()).id();
        assertThat(vacancies.find(vacancy).orElseThrow().notes()).isEqualTo("строка 1\r\nстрока 2");
    }

    @Test
    void theApiRefusesControlCharactersAndBrokenUnicodeWithA400() throws Exception {
        for (String title : List.of("\\u0000нуль", "\\ud83dполовина")) {
            mvc.perform(post("/api/v1/vacancies").header(HttpHeaders.AUTHORIZATION, API_KEY)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"title\": \"" + title + "\", \"companyName\": \"ООО\"}"))
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                            .isBadRequest())
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath(
                            "$.errors[0].field").value("title"));
        }
    }
}
