package ru.rop.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.rop.portal.candidate.CandidateForms.aCandidate;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.rop.portal.assessment.AssessmentPlan;
import ru.rop.portal.assessment.CandidateAssessmentService;
import ru.rop.portal.assessment.InvitationService;
import ru.rop.portal.candidate.CandidateService;
import ru.rop.portal.cases.CaseLibrary;
import ru.rop.portal.cases.CaseMode;
import ru.rop.portal.cases.CaseService;
import ru.rop.portal.interview.InterviewService;
import ru.rop.portal.interview.InterviewSession;
import ru.rop.portal.interview.NoteField;
import ru.rop.portal.report.ProfileService;
import ru.rop.portal.report.Recommendation;
import ru.rop.portal.security.Role;
import ru.rop.portal.security.TestAccounts;

/**
 * Erasure on request leaves nothing of the person: after it, the candidate's name, e-mail and phone are searched for
 * in every text and binary column of every table of the database the suite runs on (MariaDB in CI).
 */
@IntegrationTest
class PersonalDataErasureTest {

    @Autowired
    TestAccounts accounts;
    @Autowired
    TestData data;
    @Autowired
    CandidateService candidates;
    @Autowired
    InterviewService interviews;
    @Autowired
    CaseService cases;
    @Autowired
    InvitationService invitations;
    @Autowired
    CandidateAssessmentService assessments;
    @Autowired
    CaseLibrary caseLibrary;
    @Autowired
    ProfileService profiles;
    @Autowired
    DataSource dataSource;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void afterErasureTheNameEmailAndPhoneAppearNowhereInTheDatabase() throws SQLException {
        accounts.signIn(accounts.create(Role.OWNER).email());
        String run = UUID.randomUUID().toString().substring(0, 8);
        String name = "Стиратель Фёдор " + run;
        String email = "erase-" + run + "@mail.test";
        String phone = "+7 913 " + ThreadLocalRandom.current().nextInt(100, 1000) + "-"
                + ThreadLocalRandom.current().nextInt(10, 100) + "-" + ThreadLocalRandom.current().nextInt(10, 100);
        long vacancy = data.vacancy();
        long candidate = candidates.create(aCandidate(vacancy).withFullName(name).withEmail(email).withPhone(phone)
                .withCity("Томск").withCurrentPosition("РОП").withCurrentCompany("ООО «Прежняя»")
                .withExpectedSalary(250000).withNotes("Звонил " + name).withTags(Set.of("резерв")).build()).id();
        candidates.attachResume(candidate, "cv.pdf", ("%PDF-1.4 " + name + " " + email)
                .getBytes(StandardCharsets.UTF_8));

        long interview = interviews.start(candidate);
        String question = interviews.session(interview).steps().getFirst().question().id();
        interviews.score(interview, question, 4);
        interviews.write(interview, question, NoteField.NOTES, name + " рассказал про " + email);
        InterviewSession.Step styled = interviews.session(interview).steps().stream()
                .filter(step -> !step.styles().isEmpty()).findFirst().orElseThrow();
        interviews.markStyle(interview, styled.question().id(), styled.styles().getFirst().id(), 3);
        interviews.submit(interview, "Итог по " + name);
        long oral = cases.assign(candidate, caseLibrary.cases().getFirst().id(), CaseMode.ORAL);
        cases.saveAnswer(oral, null, "Ответ " + name);
        long written = cases.assign(candidate, caseLibrary.cases().get(1).id(), CaseMode.WRITTEN);
        profiles.decide(candidate, Recommendation.YES, "Знаем " + name + " по прошлой работе");

        String url = invitations.invite(candidate, null).url();
        String token = url.substring(url.lastIndexOf('/') + 1);
        AssessmentPlan plan = assessments.open(token, "203.0.113.9").orElseThrow();
        assessments.consent(token, "203.0.113.9", plan.consent().version());
        for (AssessmentPlan.Item item : plan.items()) {
            switch (item.kind()) {
                case SITUATIONAL -> assessments.choose(token, item.id(), item.options().getFirst().id(), 30, null);
                case SELF -> assessments.rank(token, item.id(), item.options().getFirst().id(),
                        item.options().getLast().id(), 5);
                case CASES -> assessments.write(token, item.id(), null, "Я, " + name + ", предлагаю пилот", 0, 60);
            }
        }
        assertThat(written).isPositive();
        List<String> personal = List.of(name, email, phone);
        assertThat(tablesHolding(personal)).as("the data is there before erasure").isNotEmpty();

        String styleMarks = "SELECT COUNT(*) FROM interview_answer_style s JOIN interview_answer a"
                + " ON a.id = s.answer_id WHERE a.interview_id = ?";
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForObject(styleMarks, Integer.class, interview)).isEqualTo(1);

        candidates.erase(candidate);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM interview_answer_style s LEFT JOIN interview_answer a"
                + " ON a.id = s.answer_id WHERE a.id IS NULL", Integer.class)).as("no orphaned style marks").isZero();
        assertThat(jdbc.queryForObject(styleMarks, Integer.class, interview)).as("style marks erased").isZero();
        assertThat(tablesHolding(personal)).as("columns still holding the person's data").isEmpty();
        assertThat(candidates.find(candidate)).isEmpty();
        assertThat(new JdbcTemplate(dataSource).queryForObject(
                "SELECT reason FROM candidate_erasure WHERE candidate_id = ?", String.class, candidate))
                .isEqualTo("REQUEST");
        assertThat(assessments.open(token, "203.0.113.9")).as("the link no longer opens anything").isEmpty();
    }

    @Test
    void onlyStaffWithTheHrRoleMayErase() {
        accounts.signIn(accounts.create(Role.OWNER).email());
        long candidate = data.candidate(data.vacancy(), "Неудаляемый Пётр");
        accounts.signOut();
        assertThatThrownBy(() -> candidates.erase(candidate))
                .isInstanceOf(org.springframework.security.authentication
                        .AuthenticationCredentialsNotFoundException.class);
        accounts.signIn(accounts.create(Role.HR).email());
        candidates.erase(candidate);
        assertThat(candidates.find(candidate)).isEmpty();
    }

    /** "table.column" of every column, in every table, whose value contains any of the strings. */
    private List<String> tablesHolding(List<String> needles) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = meta.getTables(connection.getCatalog(), connection.getSchema(), "%",
                    new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            assertThat(tables).contains("candidate", "interview_answer", "assessment_answer");
            for (String table : tables) {
                try (Statement statement = connection.createStatement();
                     ResultSet rows = statement.executeQuery("SELECT * FROM " + table)) {
                    ResultSetMetaData columns = rows.getMetaData();
                    while (rows.next()) {
                        for (int i = 1; i <= columns.getColumnCount(); i++) {
                            String text = switch (columns.getColumnType(i)) {
                                case Types.BLOB, Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY -> {
                                    byte[] bytes = rows.getBytes(i);
                                    yield bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
                                }
                                default -> rows.getString(i);
                            };
                            if (text == null) {
                                continue;
                            }
                            for (String needle : needles) {
                                if (text.contains(needle)) {
                                    found.add(table + "." + columns.getColumnName(i));
                                }
                            }
                        }
                    }
                }
            }
        }
        return found;
    }
}
