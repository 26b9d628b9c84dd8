package ru.rop.portal.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.rop.portal.candidate.CandidateJourney;
import ru.rop.portal.candidate.Source;
import ru.rop.portal.candidate.Stage;
import ru.rop.portal.candidate.StageHistoryEntry;

/** The cockpit's arithmetic on a fixed clock, every expected number worked out by hand in the comments. */
class FunnelTest {

    static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    static final Instant NOW = T0.plus(Duration.ofDays(40));

    /**
     * Four candidates, day numbers from T0:
     * A (job board): NEW d0 → ASSESSMENT_SENT d2 → ASSESSMENT_DONE d5 → INTERVIEW d6 → OFFER d16 → HIRED d20.
     * B (referral):  NEW d1 → INTERVIEW d4 → CASE d10 → REJECTED d12.
     * C (job board): NEW d3 → ASSESSMENT_SENT d3.5, still there (now = d40).
     * D (referral):  NEW d10 → INTERVIEW d12 → FINALIST d20 → OFFER d30.
     */
    static List<CandidateJourney> journeys() {
        return List.of(
                journey(1, "A", Source.JOB_BOARD, Stage.HIRED, 0, Stage.NEW, 2, Stage.ASSESSMENT_SENT, 5,
                        Stage.ASSESSMENT_DONE, 6, Stage.INTERVIEW, 16, Stage.OFFER, 20, Stage.HIRED),
                journey(2, "B", Source.REFERRAL, Stage.REJECTED, 1, Stage.NEW, 4, Stage.INTERVIEW, 10, Stage.CASE,
                        12, Stage.REJECTED),
                journey(3, "C", Source.JOB_BOARD, Stage.ASSESSMENT_SENT, 3, Stage.NEW, 3.5, Stage.ASSESSMENT_SENT),
                journey(4, "D", Source.REFERRAL, Stage.OFFER, 10, Stage.NEW, 12, Stage.INTERVIEW, 20,
                        Stage.FINALIST, 30, Stage.OFFER));
    }

    @Test
    void reachedCountsEveryStagePassedOrSkipped() {
        FunnelReport report = Funnel.of(journeys(), null, NOW, NOW);
        assertThat(report.candidates()).isEqualTo(4);
        // NEW: all 4. ASSESSMENT_SENT: A, C, and B and D skipped it on the way to the interview → 4.
        // ASSESSMENT_DONE: A, B, D (past it) → 3. INTERVIEW: A, B, D → 3. CASE: A (via offer), B, D → 3.
        // FINALIST: A, D → 2. OFFER: A, D → 2. HIRED: A → 1. REJECTED: B → 1.
        assertThat(report.stages()).extracting(FunnelReport.StageRow::reached)
                .containsExactly(4, 4, 3, 3, 3, 2, 2, 1, 1);
        assertThat(report.stages()).extracting(FunnelReport.StageRow::current)
                .containsExactly(0, 1, 0, 0, 0, 0, 1, 1, 1);
        // Conversions: 4/4, 3/4, 3/3, 3/3, 2/3, 2/2, 1/2; none from HIRED or REJECTED.
        assertThat(report.stages()).extracting(FunnelReport.StageRow::conversion)
                .containsExactly(1.0, 0.75, 1.0, 1.0, 2 / 3.0, 1.0, 0.5, null, null);
    }

    @Test
    void medianDaysInEachStage() {
        FunnelReport report = Funnel.of(journeys(), null, NOW, NOW);
        // NEW: A 2, B 3, C 0.5, D 2 → sorted 0.5 2 2 3 → median 2.0.
        // ASSESSMENT_SENT: A 3, C 36.5 (3.5 → now 40) → median 19.75 → 19.8.
        // ASSESSMENT_DONE: A 1 → 1.0. INTERVIEW: A 10, B 6, D 8 → 8.0. CASE: B 2 → 2.0. FINALIST: D 10 → 10.0.
        // OFFER: A 4, D 10 (30 → now 40) → 7.0. HIRED and REJECTED: no time in a final stage.
        assertThat(report.stages()).extracting(FunnelReport.StageRow::medianDays)
                .containsExactly(2.0, 19.8, 1.0, 8.0, 2.0, 10.0, 7.0, null, null);
        assertThat(report.stages()).extracting(FunnelReport.StageRow::timed)
                .containsExactly(4, 2, 1, 3, 1, 1, 2, 0, 0);
        // First contact to offer: A 16 days, D 20 days → median 18.0, over 2 offers.
        assertThat(report.medianDaysToOffer()).isEqualTo(18.0);
        assertThat(report.offers()).isEqualTo(2);
    }

    @Test
    void sourcesRankedByOffersThenInterviews() {
        FunnelReport report = Funnel.of(journeys(), null, NOW, NOW);
        // Referral: B and D both reached the interview, D the offer → 2 candidates, 2 interviews, 1 offer.
        // Job board: A and C, A reached both → 2, 1, 1. Equal offers: more interviews ranks first.
        assertThat(report.sources()).containsExactly(
                new FunnelReport.SourceRow(Source.REFERRAL, 2, 2, 1),
                new FunnelReport.SourceRow(Source.JOB_BOARD, 2, 1, 1));
    }

    @Test
    void thePeriodTakesCandidatesWhoEnteredInIt() {
        // From day 2.5 to day 40: only C (entered d3) and D (d10).
        FunnelReport report = Funnel.of(journeys(), T0.plus(Duration.ofHours(60)), NOW, NOW);
        assertThat(report.candidates()).isEqualTo(2);
        assertThat(report.stages().getFirst().reached()).isEqualTo(2);
        assertThat(report.offers()).isEqualTo(1);
        assertThat(report.medianDaysToOffer()).isEqualTo(20.0);
        // The end is exclusive: a period ending at day 3 holds A and B only.
        assertThat(Funnel.of(journeys(), null, T0.plus(Duration.ofDays(3)), NOW).candidates()).isEqualTo(2);
    }

    @Test
    void aStageVisitedTwiceSumsBothVisits() {
        // INTERVIEW d0 → CASE d3 → INTERVIEW d5 → FINALIST d9: 3 + 4 = 7 days at the interview.
        CandidateJourney back = journey(9, "E", Source.OTHER, Stage.FINALIST, 0, Stage.NEW, 0, Stage.INTERVIEW, 3,
                Stage.CASE, 5, Stage.INTERVIEW, 9, Stage.FINALIST);
        assertThat(Funnel.timeInStages(back, T0.plus(Duration.ofDays(10))).get(Stage.INTERVIEW))
                .isEqualTo(Duration.ofDays(7).toSeconds());
    }

    @Test
    void medianOfEvenAndOddCounts() {
        assertThat(Funnel.median(List.of())).isNull();
        assertThat(Funnel.median(List.of(5.0, 1.0, 3.0))).isEqualTo(3.0);
        assertThat(Funnel.median(List.of(4.0, 1.0, 2.0, 10.0))).isEqualTo(3.0);
    }

    /** Moves as pairs of a day number (from T0) and the stage entered. */
    static CandidateJourney journey(long id, String name, Source source, Stage now, Object... moves) {
        List<StageHistoryEntry> history = new ArrayList<>();
        Stage from = null;
        for (int i = 0; i < moves.length; i += 2) {
            Instant at = day(((Number) moves[i]).doubleValue());
            Stage to = (Stage) moves[i + 1];
            history.add(new StageHistoryEntry(from, to, to == Stage.REJECTED ? "reason" : null, "hr", at));
            from = to;
        }
        return new CandidateJourney(id, name, source, now, history.getFirst().changedAt(), history);
    }

    static Instant day(double day) {
        return T0.plus(Duration.ofMinutes(Math.round(day * 24 * 60)));
    }
}
