package ru.rop.portal.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.rop.portal.outcomes.OutcomeForms.anOutcome;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import ru.rop.portal.IntegrationTest;
import ru.rop.portal.TestClock;
import ru.rop.portal.TestData;
import ru.rop.portal.candidate.CandidateService;
import ru.rop.portal.candidate.PersonalDataExport;
import ru.rop.portal.candidate.Stage;
import ru.rop.portal.common.UserFacingException;
import ru.rop.portal.interview.InterviewService;
import ru.rop.portal.report.ProfileService;
import ru.rop.portal.report.Recommendation;
import ru.rop.portal.security.Role;
import ru.rop.portal.security.TestAccounts;

/** The prediction is frozen by the hire itself; outcomes are recorded once per period, only when it is over. */
@IntegrationTest
class OutcomeServiceTest {

    @Autowired
    TestAccounts accounts;
    @Autowired
    TestData data;
    @Autowired
    CandidateService candidates;
    @Autowired
    ProfileService profiles;
    @Autowired
    OutcomeService outcomes;
    @Autowired
    InterviewService interviews;
    @Autowired
    PersonalDataExport export;
    @Autowired
    TestClock clock;
    @Autowired
    DataSource dataSource;

    @BeforeEach
    void signIn() {
        accounts.signIn(accounts.create(Role.OWNER).email());
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
        clock.reset();
    }

    private long hired(int score) {
        long candidate = data.candidate(data.vacancy(), "Нанятый Олег");
        data.interviewed(candidate, score, "Подходит");
        candidates.moveTo(candidate, Stage.OFFER, null);
        candidates.moveTo(candidate, Stage.HIRED, null);
        return candidate;
    }

    @Test
    void thePredictionIsFrozenAtTheHireAndLaterChangesDoNotRewriteIt() {
        String first = accounts.create(Role.OWNER).email();
        String second = accounts.create(Role.OWNER).email();
        accounts.signIn(first);
        long candidate = data.candidate(data.vacancy(), "Нанятый Олег");
        data.interviewed(candidate, 4, "Подходит");
        // a colleague's interview is still open at the hire: it is not evidence yet
        accounts.signIn(second);
        long late = interviews.start(candidate);
        interviews.session(late).steps().forEach(step -> interviews.score(late, step.question().id(), 1));
        accounts.signIn(first);
        candidates.moveTo(candidate, Stage.OFFER, null);
        candidates.moveTo(candidate, Stage.HIRED, null);

        Prediction atHire = outcomes.hireOf(candidate).orElseThrow().prediction();
        assertThat(atHire.meanScore()).isEqualTo(4.0);
        assertThat(atHire.recommendation()).isEqualTo(profiles.profile(candidate).effectiveRecommendation().name());
        assertThat(atHire.typeId()).isNotNull();
        assertThat(atHire.competencyScores()).containsEntry("EXPERIENCE", 4.0);
        assertThat(atHire.roleScores()).containsKeys("MANAGER", "SELLER", "MOTIVATOR");
        assertThat(atHire.blinded()).isFalse();

        // after the hire the colleague submits the low scores and the owner overrides the advice
        accounts.signIn(second);
        interviews.submit(late, "Передумали");
        profiles.decide(candidate, Recommendation.STRONG_NO, "Не справился с испытательным сроком");
        assertThat(profiles.profile(candidate).competencies().getFirst().score()).isEqualTo(2.5);
        assertThat(profiles.profile(candidate).effectiveRecommendation()).isEqualTo(Recommendation.STRONG_NO);

        assertThat(outcomes.hireOf(candidate).orElseThrow().prediction()).isEqualTo(atHire);
    }

    @Test
    void aCandidateWhoWasNotHiredHasNoHireAndGetsNoOutcomes() {
        long candidate = data.candidate(data.vacancy(), "Финалист Пётр");
        candidates.moveTo(candidate, Stage.OFFER, null);
        assertThat(outcomes.hireOf(candidate)).isEmpty();
        assertThatThrownBy(() -> outcomes.record(candidate, anOutcome().build()))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("outcome.not-hired");
        assertThatThrownBy(() -> outcomes.record(987_654_321L, anOutcome().build()))
                .isInstanceOf(UnknownCandidateException.class);
    }

    @Test
    void aPeriodIsRecordedOnceAndOnlyWhenItIsOver() {
        long candidate = hired(4);
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        assertThatThrownBy(() -> outcomes.record(candidate, anOutcome().withMonth(3).build()))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("outcome.month.not-over");
        assertThat(outcomes.hireOf(candidate).orElseThrow().open()).isEmpty();

        outcomes.changeStartDate(candidate, today.minusMonths(7));
        assertThat(outcomes.hireOf(candidate).orElseThrow().open()).containsExactly(3, 6);
        assertThat(outcomes.due()).filteredOn(d -> d.candidateId() == candidate)
                .extracting(DueOutcome::month, DueOutcome::dueSince)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, today.minusMonths(4)),
                        org.assertj.core.groups.Tuple.tuple(6, today.minusMonths(1)));

        OutcomeRecord three = outcomes.record(candidate, anOutcome().withMonth(3).withPlanAttainmentPct(95.5)
                .build());
        assertThat(three.planAttainmentPct()).isEqualTo(95.5);
        assertThatThrownBy(() -> outcomes.record(candidate, anOutcome().withMonth(3).build()))
                .isInstanceOf(OutcomeExistsException.class);
        assertThatThrownBy(() -> outcomes.record(candidate, anOutcome().withMonth(12).build()))
                .hasMessageContaining("outcome.month.not-over");
        assertThatThrownBy(() -> outcomes.changeStartDate(candidate, today.minusMonths(8)))
                .hasMessageContaining("outcome.start.recorded");
        assertThat(outcomes.hireOf(candidate).orElseThrow().open()).containsExactly(6);

        // a year on, the 12-month period is due too
        clock.advance(java.time.Duration.ofDays(160));
        assertThat(outcomes.hireOf(candidate).orElseThrow().open()).containsExactly(6, 12);
    }

    @Test
    void valuesOutsideTheirLimitsAreRefusedNamingTheField() {
        long candidate = hired(3);
        outcomes.changeStartDate(candidate, LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusMonths(13));
        Map<String, OutcomeForm> wrong = Map.of(
                "month", anOutcome().withMonth(4).build(),
                "planAttainmentPct", anOutcome().withPlanAttainmentPct(500.5).build(),
                "teamTurnoverPct", anOutcome().withTeamTurnoverPct(-1.0).build(),
                "conversionChangePct", anOutcome().withConversionChangePct(-101.0).build(),
                "ownerRating", anOutcome().withOwnerRating(6).build(),
                "stillEmployed", anOutcome().withStillEmployed(null).build(),
                "note", anOutcome().withStillEmployed(false).withNote(" ").build());
        wrong.forEach((field, form) -> assertThatThrownBy(() -> outcomes.record(candidate, form))
                .as(field).isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.field()).isEqualTo(field)));
        assertThat(outcomes.hireOf(candidate).orElseThrow().outcomes()).isEmpty();

        // the limits themselves are allowed; a person who left ends the periods
        outcomes.record(candidate, anOutcome().withMonth(3).withPlanAttainmentPct(0.0).withTeamTurnoverPct(100.0)
                .withConversionChangePct(-100.0).withOwnerRating(1).build());
        outcomes.record(candidate, anOutcome().withMonth(6).withPlanAttainmentPct(500.0).withTeamTurnoverPct(0.0)
                .withConversionChangePct(500.0).withStillEmployed(false).withOwnerRating(5)
                .withNote("Переехал в другой город").build());
        assertThat(outcomes.hireOf(candidate).orElseThrow().open()).isEmpty();
    }

    @Test
    void onlyTheOwnerRecordsAndHrSeesNothing() {
        long candidate = hired(4);
        accounts.signIn(accounts.create(Role.HR).email());
        assertThatThrownBy(() -> outcomes.hireOf(candidate)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> outcomes.record(candidate, anOutcome().build()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theOutcomesAreExportedWithThePersonAndErasedWithThem() throws Exception {
        long candidate = hired(4);
        outcomes.changeStartDate(candidate, LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusMonths(4));
        outcomes.record(candidate, anOutcome().withMonth(3).withPlanAttainmentPct(87.0).withNote("Выстроил планёрки")
                .build());

        String json = new String(export.export(candidate), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(json).contains("\"outcomes\"", "\"predictionAtHire\"", "Выстроил планёрки", "87.0");

        candidates.erase(candidate);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        for (String table : new String[] {"hire", "hire_outcome", "hire_competency_score", "hire_role_score"}) {
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE candidate_id = ?",
                    Integer.class, candidate)).as(table).isZero();
        }
    }
}
