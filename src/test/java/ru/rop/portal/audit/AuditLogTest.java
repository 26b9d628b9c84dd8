package ru.rop.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.rop.portal.candidate.CandidateForms.aCandidate;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.rop.portal.IntegrationTest;
import ru.rop.portal.TestData;
import ru.rop.portal.candidate.CandidateForm;
import ru.rop.portal.candidate.CandidateForms;
import ru.rop.portal.candidate.CandidateService;
import ru.rop.portal.candidate.Source;
import ru.rop.portal.candidate.Stage;
import ru.rop.portal.common.AuditEvent.Action;
import ru.rop.portal.common.AuditEvent.Subject;
import ru.rop.portal.report.ProfileService;
import ru.rop.portal.report.ReportService;
import ru.rop.portal.security.Role;
import ru.rop.portal.security.TestAccounts;

/** The audit log against the configured database: what is written, by whom, what is not, and who may read it. */
@IntegrationTest
class AuditLogTest {

    private static final String API_KEY = "Bearer test-bootstrap-key-0123456789abcdef";

    @Autowired
    AuditService audit;
    @Autowired
    CandidateService candidates;
    @Autowired
    ProfileService profiles;
    @Autowired
    ReportService reports;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    MockMvc mvc;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String name = "Журавлёва Анна " + run;
    private final String email = "anna." + run + "@mail.test";
    private final String phone = "+7 912 555-" + run.substring(0, 2).replaceAll("\\D", "1") + "-01";
    private String hr;
    private long vacancy;
    private long candidate;

    @BeforeEach
    void candidate() {
        hr = accounts.create(Role.HR).email();
        accounts.signIn(hr);
        vacancy = data.vacancy();
        candidate = candidates.create(aCandidate(vacancy).withFullName(name).withEmail(email).withPhone(phone)
                .withCity("Казань").withSource(Source.REFERRAL).withNotes("Звонила сама, просила перезвонить")
                .build()).id();
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    private List<AuditEntry> aboutTheCandidate() {
        return accounts.asOwner(() -> audit.page(new AuditFilter(null, null, null, null, null, candidate, null), 0,
                100));
    }

    @Test
    void viewsChangesExportsAndTheErasureAreRecordedWithWhoDidThem() {
        candidates.openAudited(candidate);
        CandidateForm form = candidates.form(candidate);
        candidates.update(candidate, CandidateForms.editing(form).withCity("Самара")
                .withNotes("Перезвонить в четверг").build());
        candidates.moveTo(candidate, Stage.INTERVIEW, null);
        profiles.openAudited(candidate);
        reports.candidateReport(candidate);
        candidates.exportCsv(vacancy);
        candidates.erase(candidate);

        List<AuditEntry> entries = aboutTheCandidate();
        // Newest first.
        assertThat(entries).extracting(AuditEntry::action, AuditEntry::detail).containsExactly(
                tuple(Action.ERASE, "reason REQUEST"),
                tuple(Action.EXPORT, "report.pdf"),
                tuple(Action.VIEW, "profile"),
                tuple(Action.CHANGE, "stage NEW→INTERVIEW"),
                tuple(Action.CHANGE, "card"),
                tuple(Action.VIEW, "card"),
                tuple(Action.CREATE, "source REFERRAL"));
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.actor()).isEqualTo(hr);
            assertThat(entry.actorName()).isEqualTo("Тестовый HR");
            assertThat(entry.subject()).isEqualTo(Subject.CANDIDATE);
            assertThat(entry.vacancyId()).isEqualTo(vacancy);
        });
        List<AuditEntry> export = accounts.asOwner(() -> audit.page(new AuditFilter(null, null, hr, Action.EXPORT,
                Subject.VACANCY, null, vacancy), 0, 10));
        assertThat(export).singleElement().satisfies(entry -> assertThat(entry.detail())
                .isEqualTo("candidates.csv 1 rows"));
    }

    @Test
    void noNameEmailPhoneOrNoteOfTheCandidateReachesTheLog() {
        candidates.openAudited(candidate);
        CandidateForm form = candidates.form(candidate);
        candidates.update(candidate, CandidateForms.editing(form).withNotes("Новая заметка " + run).build());
        candidates.attachResume(candidate, name + ".pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        candidates.resume(candidate);
        candidates.erase(candidate);

        assertThat(aboutTheCandidate()).hasSizeGreaterThanOrEqualTo(5);
        List<String> rows = jdbc.queryForList("SELECT CONCAT_WS('|', occurred_at, actor, actor_name, action, "
                + "subject_type, subject_id, vacancy_id, detail, client_address) FROM audit_event", String.class);
        String digits = phone.replaceAll("\\D", "");
        assertThat(rows).noneSatisfy(row -> assertThat(row).containsAnyOf(run, "Журавлёва", "anna.",
                digits.substring(digits.length() - 7), "заметк"));
    }

    @Test
    void aChangeThatRollsBackLeavesNoRecord() {
        int before = aboutTheCandidate().size();
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        transaction.executeWithoutResult(status -> {
            candidates.moveTo(candidate, Stage.INTERVIEW, null);
            status.setRollbackOnly();
        });

        assertThat(candidates.find(candidate).orElseThrow().stage()).isEqualTo(Stage.NEW);
        assertThat(aboutTheCandidate()).hasSize(before)
                .noneMatch(entry -> entry.action() == Action.CHANGE);
    }

    @Test
    void aReadInsideALongerTransactionIsRecordedEvenIfThatTransactionFails() {
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        readOnly.executeWithoutResult(status -> {
            candidates.openAudited(candidate);
            status.setRollbackOnly();
        });

        assertThat(aboutTheCandidate()).anyMatch(entry -> entry.action() == Action.VIEW);
    }

    @Test
    void anIntegrationIsRecordedUnderItsKeyWithItsAddress() throws Exception {
        accounts.signOut();
        mvc.perform(get("/api/v1/candidates/" + candidate + "/profile").header("Authorization", API_KEY)
                .with(request -> {
                    request.setRemoteAddr("203.0.113.7");
                    return request;
                })).andExpect(status().isOk());

        assertThat(aboutTheCandidate()).filteredOn(entry -> entry.action() == Action.VIEW).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.actor()).startsWith("api:");
                    assertThat(entry.detail()).isEqualTo("profile");
                    assertThat(entry.clientAddress()).isEqualTo("203.0.113.7");
                });
    }

    @Test
    void onlyOwnersReadTheLog() {
        assertThatThrownBy(() -> audit.page(AuditFilter.none(), 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.count(AuditFilter.none())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.actors()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.exportCsv(AuditFilter.none())).isInstanceOf(AccessDeniedException.class);
        assertThat(accounts.asOwner(() -> audit.actors())).anyMatch(actor -> actor.actor().equals(hr));
    }

    @Test
    void theCsvHoldsTheFilteredLinesInRussian() {
        candidates.openAudited(candidate);
        String csv = new String(accounts.asOwner(() -> audit.exportCsv(new AuditFilter(null, null, null, Action.VIEW,
                null, candidate, null))), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF\"Время\";\"Учётная запись\"");
        assertThat(csv.lines()).hasSize(2);
        assertThat(csv).contains("\"" + hr + "\"", "\"Просмотр\"", "\"Кандидат\"", "\"" + candidate + "\"");
        assertThat(csv).as("the detail in words, not as written").contains("\"Открыта карточка кандидата\"")
                .doesNotContain("\"card\"");
    }
}
