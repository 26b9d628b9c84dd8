package ru.rop.portal.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import ru.rop.portal.candidate.CandidateStanding;
import ru.rop.portal.candidate.Stage;
import ru.rop.portal.privacy.TalentPoolEntry;
import ru.rop.portal.vacancy.VacancyStatus;
import ru.rop.portal.vacancy.VacancySummary;

class RetentionRuleTest {

    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    private final RetentionRule rule = new RetentionRule(30);

    @Test
    void aRejectedCandidateIsDueThirtyDaysAfterTheRejection() {
        RetentionRule.Due due = rule.due(candidate(Stage.REJECTED, T0), vacancy(VacancyStatus.OPEN, null), null)
                .orElseThrow();
        assertThat(due.decision()).isEqualTo(HiringEnd.REJECTED);
        assertThat(due.decidedAt()).isEqualTo(T0);
        assertThat(due.dueAt()).isEqualTo(T0.plus(Duration.ofDays(30)));
        assertThat(due.poolUntil()).isNull();
    }

    @Test
    void theHiredCandidateIsKeptThroughTheOutcomesFollowUpAndDueThirtyDaysAfterIt() {
        RetentionRule.Due due = rule.due(candidate(Stage.HIRED, T0), vacancy(VacancyStatus.OPEN, null), null)
                .orElseThrow();
        assertThat(due.decision()).isEqualTo(HiringEnd.HIRED);
        // 2026-03-01 + 14 months = 2027-05-01, + 30 days
        assertThat(due.dueAt()).isEqualTo(Instant.parse("2027-05-31T09:00:00Z"));
        RetentionRule.Due filledBefore = rule.due(candidate(Stage.HIRED, T0),
                vacancy(VacancyStatus.FILLED, T0.minus(Duration.ofDays(3))), null).orElseThrow();
        assertThat(filledBefore.dueAt()).as("the vacancy filled before the hire does not cut the follow-up short")
                .isEqualTo(Instant.parse("2027-05-31T09:00:00Z"));
    }

    @Test
    void everyoneStillInTheRunningIsDecidedWhenTheVacancyIsClosedOrFilled() {
        Instant closed = T0.plus(Duration.ofDays(5));
        RetentionRule.Due due = rule.due(candidate(Stage.INTERVIEW, null), vacancy(VacancyStatus.CLOSED, closed),
                null).orElseThrow();
        assertThat(due.decision()).isEqualTo(HiringEnd.VACANCY_CLOSED);
        assertThat(due.dueAt()).isEqualTo(closed.plus(Duration.ofDays(30)));
        assertThat(rule.due(candidate(Stage.OFFER, null), vacancy(VacancyStatus.FILLED, closed), null)
                .orElseThrow().decision()).isEqualTo(HiringEnd.VACANCY_FILLED);
    }

    @Test
    void theEarlierDecisionCounts() {
        Instant closed = T0.plus(Duration.ofDays(20));
        RetentionRule.Due rejectedFirst = rule.due(candidate(Stage.REJECTED, T0),
                vacancy(VacancyStatus.FILLED, closed), null).orElseThrow();
        assertThat(rejectedFirst.decision()).isEqualTo(HiringEnd.REJECTED);
        assertThat(rejectedFirst.dueAt()).isEqualTo(T0.plus(Duration.ofDays(30)));
        RetentionRule.Due closedFirst = rule.due(candidate(Stage.REJECTED, closed.plus(Duration.ofDays(1))),
                vacancy(VacancyStatus.FILLED, closed), null).orElseThrow();
        assertThat(closedFirst.decision()).isEqualTo(HiringEnd.VACANCY_FILLED);
    }

    @Test
    void aReopenedVacancyOrCandidateIsUndecidedAgain() {
        // Reopening a vacancy clears its closing time and status; reopening a rejection leaves a non-final stage.
        assertThat(rule.due(candidate(Stage.FINALIST, null), vacancy(VacancyStatus.OPEN, null), null)).isEmpty();
        assertThat(rule.due(candidate(Stage.FINALIST, null), vacancy(VacancyStatus.ON_HOLD, null), null)).isEmpty();
        assertThat(rule.due(candidate(Stage.CASE, T0), vacancy(VacancyStatus.OPEN, null), null))
                .as("a decision time of a stage the candidate left does not count").isEmpty();
    }

    @Test
    void anUndecidedCandidateIsNeverDueWhateverThePool() {
        assertThat(rule.due(candidate(Stage.NEW, null), vacancy(VacancyStatus.OPEN, null),
                pool(T0.plus(Duration.ofDays(400)), null))).isEmpty();
        assertThat(rule.due(candidate(Stage.NEW, null), null, null)).isEmpty();
    }

    @Test
    void aStandingPoolConsentPostponesToItsEnd() {
        Instant until = T0.plus(Duration.ofDays(365));
        RetentionRule.Due due = rule.due(candidate(Stage.REJECTED, T0), vacancy(VacancyStatus.OPEN, null),
                pool(until, null)).orElseThrow();
        assertThat(due.dueAt()).isEqualTo(until);
        assertThat(due.poolUntil()).isEqualTo(until);
    }

    @Test
    void aPoolConsentEndingBeforeTheRetentionPeriodChangesNothing() {
        Instant until = T0.plus(Duration.ofDays(10));
        RetentionRule.Due due = rule.due(candidate(Stage.REJECTED, T0), vacancy(VacancyStatus.OPEN, null),
                pool(until, null)).orElseThrow();
        assertThat(due.dueAt()).isEqualTo(T0.plus(Duration.ofDays(30)));
    }

    @Test
    void aWithdrawnPoolConsentNoLongerPostpones() {
        RetentionRule.Due due = rule.due(candidate(Stage.REJECTED, T0), vacancy(VacancyStatus.OPEN, null),
                pool(T0.plus(Duration.ofDays(365)), T0.plus(Duration.ofDays(2)))).orElseThrow();
        assertThat(due.dueAt()).isEqualTo(T0.plus(Duration.ofDays(30)));
        assertThat(due.poolUntil()).isNull();
    }

    @Test
    void thePeriodIsConfigurable() {
        assertThat(new RetentionRule(90).due(candidate(Stage.REJECTED, T0), null, null).orElseThrow().dueAt())
                .isEqualTo(T0.plus(Duration.ofDays(90)));
    }

    private static CandidateStanding candidate(Stage stage, Instant decidedAt) {
        return new CandidateStanding(7, 3, "Иванов Иван", stage, decidedAt);
    }

    private static VacancySummary vacancy(VacancyStatus status, Instant closedAt) {
        return new VacancySummary(3, "РОП", "ООО «Тест»", null, null, null, status, null, null, null, null, T0,
                "hr@test", T0, closedAt, 0, "Europe/Moscow");
    }

    private static TalentPoolEntry pool(Instant until, Instant withdrawnAt) {
        return new TalentPoolEntry(7, T0, until, withdrawnAt);
    }
}
