package ru.rop.portal.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;
import ru.rop.portal.IntegrationTest;
import ru.rop.portal.TestClock;
import ru.rop.portal.TestData;
import ru.rop.portal.assessment.AssessmentPlan;
import ru.rop.portal.assessment.CandidateAssessmentService;
import ru.rop.portal.assessment.InvitationService;
import ru.rop.portal.candidate.CandidateLookup;
import ru.rop.portal.candidate.CandidateService;
import ru.rop.portal.candidate.ErasureReason;
import ru.rop.portal.candidate.PersonalDataEraser;
import ru.rop.portal.candidate.Stage;
import ru.rop.portal.common.Sha256;
import ru.rop.portal.privacy.TalentPoolOffer;
import ru.rop.portal.privacy.TalentPoolService;
import ru.rop.portal.security.Role;
import ru.rop.portal.security.TestAccounts;
import ru.rop.portal.vacancy.VacancyForm;
import ru.rop.portal.vacancy.VacancyForms;
import ru.rop.portal.vacancy.VacancyService;
import ru.rop.portal.vacancy.VacancyStatus;
import ru.rop.portal.vacancy.VacancySummary;

/**
 * The retention of candidates' data with the clock moved forward: a rejected candidate is erased by the run after
 * thirty days, with an act on disk that names them while the database does not; a talent-pool consent postpones it,
 * a withdrawn one does not; two instances running at once erase each person once, in one act.
 */
@IntegrationTest
class RetentionTest {

    @Autowired
    TestAccounts accounts;
    @Autowired
    TestData data;
    @Autowired
    TestClock clock;
    @Autowired
    CandidateService candidates;
    @Autowired
    CandidateLookup lookup;
    @Autowired
    InvitationService invitations;
    @Autowired
    CandidateAssessmentService assessments;
    @Autowired
    TalentPoolService pool;
    @Autowired
    RetentionService retention;
    @Autowired
    VacancyService vacancies;
    @Autowired
    RetentionJob job;
    @Autowired
    RetentionRun run;
    @Autowired
    PersonalDataEraser eraser;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    DataSource dataSource;
    @Value("${rop.data-dir}")
    String dataDir;

    private String run8;

    @BeforeEach
    void signIn() {
        accounts.signIn(accounts.create(Role.OWNER).email());
        run8 = UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void reset() {
        clock.reset();
        accounts.signOut();
    }

    @Test
    void aRejectedCandidateIsErasedByTheRunThirtyDaysLaterAndOnlyTheActFileNamesThem() throws Exception {
        String name = "Уничтожаемый Пётр " + run8;
        long candidate = rejected(name);
        DueErasure due = dueOf(candidate);
        assertThat(due.decision()).isEqualTo(HiringEnd.REJECTED);
        assertThat(Duration.between(due.decidedAt(), due.dueAt())).isEqualTo(Duration.ofDays(30));
        assertThat(due.overdue()).isFalse();

        job.nightly();
        assertThat(lookup.find(candidate)).as("not due yet").isPresent();

        clock.advance(Duration.ofDays(29));
        job.nightly();
        assertThat(lookup.find(candidate)).as("still within the period").isPresent();

        clock.advance(Duration.ofDays(2));
        assertThat(dueOf(candidate).overdue()).isTrue();
        job.nightly();
        assertThat(lookup.find(candidate)).isEmpty();

        long erasure = erasureOf(candidate);
        DestructionActSummary act = actCovering(erasure);
        assertThat(act.reason()).isEqualTo(ErasureReason.RETENTION);
        Path file = Path.of(dataDir, "destruction-acts", act.fileName());
        assertThat(file).exists();
        byte[] pdf = Files.readAllBytes(file);
        assertThat(Sha256.hex(pdf)).isEqualTo(act.sha256());
        String text = text(pdf);
        assertThat(text).contains(name, "АКТ № " + act.number(), "об уничтожении персональных данных",
                "ВЫГРУЗКА ИЗ ЖУРНАЛА", "истёк срок хранения");
        assertThat(retention.act(act.number()).content()).isEqualTo(pdf);
        assertThat(columnsHolding(name)).as("the database keeps no name").isEmpty();
    }

    @Test
    void aTalentPoolConsentKeepsTheDataUntilItsEndAndAWithdrawnOneDoesNot() {
        long member = rejectedAfterAssessment("Резервный Олег " + run8, true, false);
        long withdrawn = rejectedAfterAssessment("Передумавший Ян " + run8, true, true);
        DueErasure pooled = dueOf(member);
        assertThat(pooled.poolUntil()).isNotNull();
        assertThat(pooled.dueAt()).isEqualTo(pooled.poolUntil()).isAfter(pooled.decidedAt().plus(Duration.ofDays(300)));
        assertThat(pool.entry(member).orElseThrow().valid()).isTrue();
        assertThat(dueOf(withdrawn).poolUntil()).isNull();

        clock.advance(Duration.ofDays(31));
        job.nightly();
        assertThat(lookup.find(member)).as("kept in the pool").isPresent();
        assertThat(lookup.find(withdrawn)).as("the withdrawn consent does not keep it").isEmpty();

        clock.advance(Duration.ofDays(340));
        job.nightly();
        assertThat(lookup.find(member)).as("the pool term is over").isEmpty();
    }

    @Test
    void twoInstancesRunningAtOnceEraseEachCandidateOnceInOneAct() throws Exception {
        List<Long> mine = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            mine.add(rejected("Параллельный " + i + " " + run8));
        }
        clock.advance(Duration.ofDays(31));
        Set<String> filesBefore = actFiles();
        int actsBefore = retention.acts().size();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool2 = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool2.submit(() -> {
                    start.await();
                    try {
                        return run.run("system");
                    } catch (PessimisticLockingFailureException e) {
                        return 0;
                    }
                }));
            }
            start.countDown();
            for (Future<Integer> r : runs) {
                r.get();
            }
        } finally {
            pool2.shutdown();
        }
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        for (long candidate : mine) {
            assertThat(lookup.find(candidate)).isEmpty();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM candidate_erasure WHERE candidate_id = ?",
                    Integer.class, candidate)).isEqualTo(1);
        }
        Set<Long> erasures = new HashSet<>();
        mine.forEach(candidate -> erasures.add(erasureOf(candidate)));
        List<DestructionActSummary> covering = retention.acts().stream()
                .filter(act -> act.erasureIds().stream().anyMatch(erasures::contains)).toList();
        assertThat(covering).hasSize(1);
        assertThat(covering.getFirst().erasureIds()).containsAll(erasures);
        Set<String> newFiles = new HashSet<>(actFiles());
        newFiles.removeAll(filesBefore);
        assertThat(newFiles).as("no file of a run that rolled back is left").hasSize(retention.acts().size()
                - actsBefore);
    }

    @Test
    void anErasureOnRequestGetsItsOwnActAndARolledBackOneNone() throws Exception {
        String name = "Попросивший Лев " + run8;
        long candidate = data.candidate(data.vacancy(), name);
        candidates.erase(candidate);
        DestructionActSummary act = actCovering(erasureOf(candidate));
        assertThat(act.reason()).isEqualTo(ErasureReason.REQUEST);
        assertThat(act.subjects()).isEqualTo(1);
        assertThat(text(retention.act(act.number()).content())).contains(name, "требование субъекта");

        long kept = data.candidate(data.vacancy(), "Оставшийся Марк " + run8);
        Set<String> filesBefore = actFiles();
        int actsBefore = retention.acts().size();
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            eraser.erase(kept, ErasureReason.REQUEST, "hr@test");
            throw new IllegalStateException("something after the erasure failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(lookup.find(kept)).isPresent();
        assertThat(retention.acts()).hasSize(actsBefore);
        assertThat(actFiles()).isEqualTo(filesBefore);
    }

    @Test
    void closingTheVacancyDecidesForEveryoneStillInItAndReopeningItUndoes() {
        long vacancy = data.vacancy();
        long candidate = data.candidate(vacancy, "Ожидающий Роман " + run8);
        assertThat(retention.due()).noneMatch(d -> d.candidateId() == candidate);

        VacancySummary filled = setStatus(vacancy, VacancyStatus.FILLED);
        assertThat(filled.closedAt()).isNotNull();
        DueErasure due = dueOf(candidate);
        assertThat(due.decision()).isEqualTo(HiringEnd.VACANCY_FILLED);
        assertThat(due.decidedAt()).isCloseTo(filled.closedAt(), within(1, ChronoUnit.MILLIS));

        clock.advance(Duration.ofDays(3));
        assertThat(setStatus(vacancy, VacancyStatus.CLOSED).closedAt()).as("closing a filled vacancy keeps the date")
                .isCloseTo(filled.closedAt(), within(1, ChronoUnit.MILLIS));
        assertThat(setStatus(vacancy, VacancyStatus.OPEN).closedAt()).isNull();
        assertThat(retention.due()).noneMatch(d -> d.candidateId() == candidate);

        clock.advance(Duration.ofDays(31));
        job.nightly();
        assertThat(lookup.find(candidate)).as("the vacancy was reopened: nothing is decided").isPresent();
    }

    @Test
    void onlyOwnersSeeAndRunTheRetention() {
        accounts.signIn(accounts.create(Role.HR).email());
        assertThatThrownBy(() -> retention.due()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> retention.acts()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> retention.eraseDueNow()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> retention.act(1)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theOwnerErasesWhatIsDueNowUnderTheirName() {
        long candidate = rejected("Срочный Глеб " + run8);
        clock.advance(Duration.ofDays(30).plusMinutes(1));
        assertThat(retention.eraseDueNow()).isPositive();
        assertThat(lookup.find(candidate)).isEmpty();
        String by = new JdbcTemplate(dataSource).queryForObject(
                "SELECT erased_by FROM candidate_erasure WHERE candidate_id = ?", String.class, candidate);
        assertThat(by).endsWith("@test.local");
    }

    private VacancySummary setStatus(long vacancy, VacancyStatus status) {
        VacancyForm form = vacancies.find(vacancy).orElseThrow().toForm();
        return vacancies.update(vacancy, VacancyForms.editing(form).withStatus(status).build());
    }

    private long rejected(String name) {
        long candidate = data.candidate(data.vacancy(), name);
        candidates.moveTo(candidate, Stage.REJECTED, "Не подходит по опыту");
        return candidate;
    }

    /** The candidate takes the assessment, joins the talent pool (and withdraws), then is rejected. */
    private long rejectedAfterAssessment(String name, boolean join, boolean withdraw) {
        long candidate = data.candidate(data.vacancy(), name);
        String url = invitations.invite(candidate, null).url();
        String token = url.substring(url.lastIndexOf('/') + 1);
        AssessmentPlan plan = assessments.open(token, "203.0.113.7").orElseThrow();
        assessments.consent(token, "203.0.113.7", plan.consent().version());
        assessments.submit(token);
        TalentPoolOffer offer = pool.offer(token).orElseThrow();
        assertThat(offer.member()).isNull();
        assertThat(offer.text()).contains(name, "12 мес.");
        if (join) {
            assertThat(pool.join(token, "203.0.113.7", offer.version()).member()).isNotNull();
        }
        if (withdraw) {
            assertThat(pool.withdraw(token).member()).isNull();
        }
        candidates.moveTo(candidate, Stage.REJECTED, "Выбрали другого");
        return candidate;
    }

    private DueErasure dueOf(long candidate) {
        return retention.due().stream().filter(d -> d.candidateId() == candidate).findFirst().orElseThrow();
    }

    private long erasureOf(long candidate) {
        return new JdbcTemplate(dataSource).queryForObject(
                "SELECT id FROM candidate_erasure WHERE candidate_id = ?", Long.class, candidate);
    }

    private DestructionActSummary actCovering(long erasure) {
        return retention.acts().stream().filter(act -> act.erasureIds().contains(erasure)).findFirst()
                .orElseThrow();
    }

    private Set<String> actFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(dataDir, "destruction-acts"))) {
            return new HashSet<>(files.map(f -> f.getFileName().toString()).toList());
        }
    }

    static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
        }
        reader.close();
        return text.toString();
    }

    /** "table.column" of every column whose value contains the text. */
    private List<String> columnsHolding(String needle) throws SQLException {
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
            assertThat(tables).contains("destruction_act", "candidate_erasure");
            for (String table : tables) {
                try (Statement statement = connection.createStatement();
                     ResultSet rows = statement.executeQuery("SELECT * FROM " + table)) {
                    ResultSetMetaData columns = rows.getMetaData();
                    while (rows.next()) {
                        for (int i = 1; i <= columns.getColumnCount(); i++) {
                            Object value = rows.getObject(i);
                            String text = value instanceof byte[] bytes
                                    ? new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
                                    : value == null ? null : value.toString();
                            if (text != null && text.contains(needle)) {
                                found.add(table + "." + columns.getColumnName(i));
                            }
                        }
                    }
                }
            }
        }
        return found;
    }
}
