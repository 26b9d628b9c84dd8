package ru.rop.portal.classification;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Dimension scores → the closest of the eight types, explained. Each type is a set of conditions on dimensions
 * (its signature from the content); a condition is met fully inside its band and fades linearly outside it. A
 * type's match is the weighted mean of how well its conditions are met, each scaled by the confidence of the
 * dimension's score, so an unknown dimension adds nothing yet still counts in the denominator: unknowns lower
 * the match and never count as evidence. See docs/classification.md for the numbers and a worked example.
 */
public final class TypeClassifier {

    static final double DECISIVE_WEIGHT = 1.0;
    static final double SUPPORTING_WEIGHT = 0.4;
    /**
     * A decisive high dimension is fully met from 4.5 up and not at all at the middle (3), a decisive low one from 1.5
     * down: in between the closeness grows with how far the value is from the middle, so a clearly extreme trait
     * outweighs a merely lowish one and a middling value is no evidence of either pole.
     */
    static final double HIGH_FROM = 4.5;
    static final double LOW_TO = 1.5;
    static final double DECISIVE_FADE = 1.5;
    static final double SUPPORTING_FADE = 1.5;
    static final double CLEAR_MIN_MATCH = 0.60;
    static final double CLEAR_MIN_MARGIN = 0.15;
    /** A runner-up this strong means two types are both clearly present: a blend, whatever the margin. */
    static final double BLEND_RUNNER_UP_FROM = 0.75;
    /** A profile whose every known value lies in this band is flat and middling: never a clear type. */
    static final double MIDDLING_FROM = 2.25;
    static final double MIDDLING_TO = 3.75;
    static final double SUPPORTS_FROM = 0.60;
    static final double CONTRADICTS_UP_TO = 0.30;

    record Condition(DimensionId dimension, double min, double max, double fade, double weight, boolean decisive) {

        double closeness(double value) {
            double distance = value < min ? min - value : value > max ? value - max : 0.0;
            return Math.max(0.0, 1.0 - distance / fade);
        }

        double expectedValue() {
            return (min + max) / 2.0;
        }
    }

    private final Map<DimensionId, Dimension> dimensions = new EnumMap<>(DimensionId.class);
    private final List<RopType> types;
    private final Map<RopTypeId, List<Condition>> conditions = new EnumMap<>(RopTypeId.class);

    public TypeClassifier(List<Dimension> dimensions, List<RopType> types) {
        dimensions.forEach(d -> this.dimensions.put(d.id(), d));
        this.types = List.copyOf(types);
        for (RopType type : types) {
            List<Condition> list = new ArrayList<>();
            type.signature().high().forEach(d -> list.add(
                    new Condition(d, HIGH_FROM, 5.0, DECISIVE_FADE, DECISIVE_WEIGHT, true)));
            type.signature().low().forEach(d -> list.add(
                    new Condition(d, 1.0, LOW_TO, DECISIVE_FADE, DECISIVE_WEIGHT, true)));
            type.signature().supporting().forEach(band -> list.add(
                    new Condition(band.dimension(), band.min(), band.max(), SUPPORTING_FADE, SUPPORTING_WEIGHT, false)));
            conditions.put(type.id(), List.copyOf(list));
        }
    }

    public Classification classify(Map<DimensionId, DimensionScore> scores) {
        List<Classification.TypeMatch> ranking = types.stream()
                .map(type -> new Classification.TypeMatch(type.id(), type.label(), match(type.id(), scores)))
                .sorted(Comparator.comparingDouble(Classification.TypeMatch::match).reversed())
                .map(m -> new Classification.TypeMatch(m.type(), m.label(), DimensionScoring.round(m.match())))
                .toList();
        Classification.TypeMatch best = ranking.get(0);
        Classification.TypeMatch runnerUp = ranking.get(1);
        boolean standsOut = best.match() >= CLEAR_MIN_MATCH
                && best.match() - runnerUp.match() >= CLEAR_MIN_MARGIN
                && runnerUp.match() < BLEND_RUNNER_UP_FROM
                && !flatAndMiddling(scores);
        int known = (int) scores.values().stream().filter(DimensionScore::wellKnown).count();
        // What the candidate chose alone can suggest a type, never settle it: a person must have seen some of it.
        boolean seen = scores.values().stream().anyMatch(DimensionScore::observed);
        Classification.Certainty certainty = !standsOut ? Classification.Certainty.BLEND
                : known >= Classification.CLEAR_MIN_KNOWN && seen ? Classification.Certainty.CLEAR
                : Classification.Certainty.PRELIMINARY;
        return new Classification(best, runnerUp, ranking, certainty == Classification.Certainty.CLEAR, certainty,
                DimensionScoring.round(coverage(scores)), known, explain(best.type(), scores));
    }

    double match(RopTypeId type, Map<DimensionId, DimensionScore> scores) {
        double met = 0.0;
        double total = 0.0;
        for (Condition condition : conditions.get(type)) {
            DimensionScore score = scores.get(condition.dimension());
            total += condition.weight();
            if (score != null && score.known()) {
                met += condition.weight() * score.confidence() * condition.closeness(score.value());
            }
        }
        return total == 0.0 ? 0.0 : met / total;
    }

    /** The mean evidence confidence over all twelve dimensions: how much is known about the person at all. */
    private static double coverage(Map<DimensionId, DimensionScore> scores) {
        double sum = 0.0;
        for (DimensionId dimension : DimensionId.values()) {
            DimensionScore score = scores.get(dimension);
            sum += score == null ? 0.0 : score.confidence();
        }
        return sum / DimensionId.values().length;
    }

    private static boolean flatAndMiddling(Map<DimensionId, DimensionScore> scores) {
        return scores.values().stream().filter(DimensionScore::known)
                .allMatch(s -> s.value() >= MIDDLING_FROM && s.value() <= MIDDLING_TO);
    }

    private List<Classification.Reason> explain(RopTypeId type, Map<DimensionId, DimensionScore> scores) {
        record Ranked(Classification.Reason reason, double importance) {
        }
        List<Ranked> reasons = new ArrayList<>();
        for (Condition condition : conditions.get(type)) {
            Dimension dimension = dimensions.get(condition.dimension());
            DimensionScore score = scores.get(condition.dimension());
            if (score == null || !score.known()) {
                reasons.add(new Ranked(new Classification.Reason(condition.dimension(), null,
                        Classification.Effect.UNKNOWN, dimension.poleLabel(condition.expectedValue()),
                        condition.decisive()), 0.0));
                continue;
            }
            double closeness = condition.closeness(score.value());
            Classification.Effect effect = closeness >= SUPPORTS_FROM ? Classification.Effect.SUPPORTS
                    : closeness <= CONTRADICTS_UP_TO ? Classification.Effect.CONTRADICTS
                    : Classification.Effect.NEUTRAL;
            reasons.add(new Ranked(new Classification.Reason(condition.dimension(), score.value(), effect,
                    dimension.poleLabel(score.value()), condition.decisive()),
                    condition.weight() * score.confidence() * Math.abs(closeness - 0.5)));
        }
        return reasons.stream()
                .sorted(Comparator.comparing((Ranked r) -> !r.reason().decisive())
                        .thenComparing(Comparator.comparingDouble(Ranked::importance).reversed()))
                .map(Ranked::reason)
                .toList();
    }
}
