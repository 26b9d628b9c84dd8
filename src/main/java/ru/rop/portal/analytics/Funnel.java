package ru.rop.portal.analytics;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import ru.rop.portal.candidate.CandidateJourney;
import ru.rop.portal.candidate.Source;
import ru.rop.portal.candidate.Stage;
import ru.rop.portal.candidate.StageHistoryEntry;

/**
 * The arithmetic of the cockpit, plain Java over the stage history so that tests check it against hand-computed
 * values. The pipeline is ordered NEW → HIRED; a candidate who skipped a stage (straight from «new» to the interview)
 * counts as having passed it, so each stage's «reached» is never below the next one's.
 */
final class Funnel {

    static final double SECONDS_PER_DAY = 86_400.0;
    /** The stages a candidate moves forward through, in order; REJECTED is beside them. */
    static final List<Stage> FORWARD = Stage.BOARD.stream().filter(s -> s != Stage.REJECTED).toList();

    private Funnel() {
    }

    /**
     * @param from first moment of the period (inclusive), null for all time
     * @param to end of the period (exclusive)
     * @param now the time a candidate still in a stage has spent there up to
     */
    static FunnelReport of(List<CandidateJourney> all, Instant from, Instant to, Instant now) {
        List<CandidateJourney> cohort = all.stream()
                .filter(c -> (from == null || !entered(c).isBefore(from)) && entered(c).isBefore(to)).toList();
        Map<Stage, Integer> reached = new EnumMap<>(Stage.class);
        Map<Stage, Integer> current = new EnumMap<>(Stage.class);
        Map<Stage, List<Double>> days = new EnumMap<>(Stage.class);
        List<Double> toOffer = new ArrayList<>();
        Map<Source, int[]> sources = new EnumMap<>(Source.class);
        for (CandidateJourney candidate : cohort) {
            int furthest = furthest(candidate);
            FORWARD.stream().filter(s -> s.ordinal() <= furthest).forEach(s -> reached.merge(s, 1, Integer::sum));
            if (candidate.history().stream().anyMatch(h -> h.toStage() == Stage.REJECTED)) {
                reached.merge(Stage.REJECTED, 1, Integer::sum);
            }
            current.merge(candidate.stage(), 1, Integer::sum);
            timeInStages(candidate, now).forEach((stage, seconds) ->
                    days.computeIfAbsent(stage, s -> new ArrayList<>()).add(seconds / SECONDS_PER_DAY));
            candidate.history().stream().filter(h -> h.toStage() == Stage.OFFER).findFirst().ifPresent(offer ->
                    toOffer.add(Duration.between(entered(candidate), offer.changedAt()).toSeconds()
                            / SECONDS_PER_DAY));
            Source source = candidate.source() == null ? Source.OTHER : candidate.source();
            int[] counts = sources.computeIfAbsent(source, s -> new int[3]);
            counts[0]++;
            counts[1] += furthest >= Stage.INTERVIEW.ordinal() ? 1 : 0;
            counts[2] += furthest >= Stage.OFFER.ordinal() ? 1 : 0;
        }
        List<FunnelReport.StageRow> rows = new ArrayList<>();
        for (Stage stage : Stage.BOARD) {
            int count = reached.getOrDefault(stage, 0);
            Double conversion = null;
            int next = FORWARD.indexOf(stage) + 1;
            if (next > 0 && next < FORWARD.size() && count > 0) {
                conversion = reached.getOrDefault(FORWARD.get(next), 0) / (double) count;
            }
            List<Double> spent = days.getOrDefault(stage, List.of());
            rows.add(new FunnelReport.StageRow(stage, count, current.getOrDefault(stage, 0), conversion,
                    median(spent), spent.size()));
        }
        List<FunnelReport.SourceRow> ranked = sources.entrySet().stream()
                .map(e -> new FunnelReport.SourceRow(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .sorted(Comparator.comparingInt(FunnelReport.SourceRow::offers)
                        .thenComparingInt(FunnelReport.SourceRow::interviews)
                        .thenComparingInt(FunnelReport.SourceRow::candidates).reversed()
                        .thenComparing(FunnelReport.SourceRow::source))
                .toList();
        return new FunnelReport(cohort.size(), rows, median(toOffer), toOffer.size(), ranked);
    }

    /** When the candidate entered the pipeline: the first recorded move, else the card's creation. */
    static Instant entered(CandidateJourney candidate) {
        return candidate.history().isEmpty() ? candidate.createdAt() : candidate.history().getFirst().changedAt();
    }

    /** When the candidate last moved, i.e. since when they are in the stage they are in. */
    static Instant lastMove(CandidateJourney candidate) {
        return candidate.history().isEmpty() ? candidate.createdAt() : candidate.history().getLast().changedAt();
    }

    /** The ordinal of the furthest forward stage ever entered (the current one included). */
    private static int furthest(CandidateJourney candidate) {
        int furthest = candidate.stage() == Stage.REJECTED ? 0 : candidate.stage().ordinal();
        for (StageHistoryEntry move : candidate.history()) {
            if (move.toStage() != Stage.REJECTED) {
                furthest = Math.max(furthest, move.toStage().ordinal());
            }
        }
        return furthest;
    }

    /**
     * Seconds in each non-final stage, summed over every visit: from entering it to the next move, or to now for the
     * stage the candidate is in.
     */
    static Map<Stage, Long> timeInStages(CandidateJourney candidate, Instant now) {
        Map<Stage, Long> seconds = new EnumMap<>(Stage.class);
        List<StageHistoryEntry> moves = candidate.history().isEmpty()
                ? List.of(new StageHistoryEntry(null, candidate.stage(), null, "", candidate.createdAt()))
                : candidate.history();
        for (int i = 0; i < moves.size(); i++) {
            Stage stage = moves.get(i).toStage();
            if (stage.terminal()) {
                continue;
            }
            Instant left = i + 1 < moves.size() ? moves.get(i + 1).changedAt() : now;
            seconds.merge(stage, Math.max(0, Duration.between(moves.get(i).changedAt(), left).toSeconds()),
                    Long::sum);
        }
        return seconds;
    }

    /** The median rounded to a tenth, null for no values. */
    static Double median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        double median = sorted.size() % 2 == 1 ? sorted.get(middle)
                : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
        return Math.round(median * 10) / 10.0;
    }
}
