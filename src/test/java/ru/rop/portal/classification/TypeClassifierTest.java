package ru.rop.portal.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TypeClassifierTest {

    private final RopModel model = ModelFixture.model();

    /** A type's signature as values: decisive dimensions near their poles, supporting ones mid-band. */
    private Map<DimensionId, Double> signature(RopTypeId id) {
        RopType type = model.type(id);
        Map<DimensionId, Double> values = new EnumMap<>(DimensionId.class);
        type.signature().high().forEach(d -> values.put(d, 4.75));
        type.signature().low().forEach(d -> values.put(d, 1.25));
        type.signature().supporting().forEach(b -> values.put(b.dimension(), (b.min() + b.max()) / 2));
        return values;
    }

    private Classification classify(Map<DimensionId, Double> values) {
        return model.classify(DimensionScoring.given(values));
    }

    @ParameterizedTest
    @EnumSource(RopTypeId.class)
    void everySignatureInAMiddlingBackgroundIsClearlyItsType(RopTypeId type) {
        Map<DimensionId, Double> values = new EnumMap<>(DimensionId.class);
        for (DimensionId d : DimensionId.values()) {
            values.put(d, 3.0);
        }
        values.putAll(signature(type));
        Classification result = classify(values);
        assertThat(result.best().type()).isEqualTo(type);
        assertThat(result.clear()).isTrue();
        assertThat(result.best().match()).isGreaterThan(0.9);
    }

    @ParameterizedTest
    @EnumSource(RopTypeId.class)
    void everySignatureWithOnlyItsDecisiveDimensionsKnownIsItsType(RopTypeId type) {
        Map<DimensionId, Double> values = new EnumMap<>(DimensionId.class);
        model.type(type).signature().high().forEach(d -> values.put(d, 4.75));
        model.type(type).signature().low().forEach(d -> values.put(d, 1.25));
        Classification result = classify(values);
        assertThat(result.best().type()).isEqualTo(type);
        assertThat(result.knownDimensions()).isEqualTo(values.size());
        assertThat(result.certainty()).as("the shape stands out; clear only with %d of 12 known",
                Classification.CLEAR_MIN_KNOWN).isEqualTo(values.size() >= Classification.CLEAR_MIN_KNOWN
                ? Classification.Certainty.CLEAR : Classification.Certainty.PRELIMINARY);
        assertThat(result.explanation()).filteredOn(Classification.Reason::decisive)
                .allSatisfy(reason -> assertThat(reason.effect()).isEqualTo(Classification.Effect.SUPPORTS));
    }

    @ParameterizedTest
    @EnumSource(RopTypeId.class)
    void everySignatureSurvivesNoise(RopTypeId type) {
        Random random = new Random(type.ordinal() * 31L + 7);
        for (int run = 0; run < 200; run++) {
            Map<DimensionId, Double> values = new EnumMap<>(DimensionId.class);
            for (DimensionId d : DimensionId.values()) {
                values.put(d, clamp(2.0 + 2.0 * random.nextDouble()));
            }
            signature(type).forEach((d, v) -> values.put(d, clamp(v + (random.nextDouble() - 0.5))));
            assertThat(classify(values).best().type()).as("run %d: %s", run, values).isEqualTo(type);
        }
    }

    @Test
    void blendsOfTwoTypesPutBothOnTopAndAreNotClear() {
        List<List<RopTypeId>> pairs = List.of(
                List.of(RopTypeId.NOVICE, RopTypeId.BUSY_BEE),
                List.of(RopTypeId.TREND_CHASER, RopTypeId.CHOLERIC),
                List.of(RopTypeId.NOT_MY_PROBLEM, RopTypeId.AUTOCRAT),
                List.of(RopTypeId.SOUL_OF_COMPANY, RopTypeId.TREND_CHASER),
                List.of(RopTypeId.CHOLERIC, RopTypeId.BUSY_BEE));
        for (List<RopTypeId> pair : pairs) {
            // Both types' supporting bands first, then both decisive poles: a band never hides a decisive trait.
            Map<DimensionId, Double> values = new EnumMap<>(DimensionId.class);
            values.putAll(signature(pair.get(0)));
            values.putAll(signature(pair.get(1)));
            for (RopTypeId id : pair) {
                model.type(id).signature().high().forEach(d -> values.put(d, 4.75));
                model.type(id).signature().low().forEach(d -> values.put(d, 1.25));
            }
            Classification result = classify(values);
            assertThat(Set.of(result.best().type(), result.runnerUp().type())).as("%s", pair)
                    .isEqualTo(Set.copyOf(pair));
            assertThat(result.clear()).as("%s", pair).isFalse();
        }
    }

    @Test
    void flatMiddlingProfilesAreNeverClear() {
        for (double level : new double[] {2.5, 3.0, 3.5}) {
            Map<DimensionId, Double> values = new EnumMap<>(DimensionId.class);
            for (DimensionId d : DimensionId.values()) {
                values.put(d, level);
            }
            assertThat(classify(values).clear()).as("flat at %s", level).isFalse();
        }
    }

    @Test
    void nothingKnownMeansNoMatchAndNoConfidence() {
        Classification result = classify(Map.of());
        assertThat(result.clear()).isFalse();
        assertThat(result.ranking()).allSatisfy(m -> assertThat(m.match()).isZero());
        assertThat(result.confidence()).isZero();
    }

    @Test
    void unknownDimensionsLowerTheMatchButNeverCountAsEvidence() {
        Map<DimensionId, Double> full = signature(RopTypeId.AUTOCRAT);
        Map<DimensionId, Double> partial = new EnumMap<>(DimensionId.class);
        partial.put(DimensionId.CONTROL_INTENSITY, full.get(DimensionId.CONTROL_INTENSITY));
        Classification withAll = classify(full);
        Classification withOne = classify(partial);
        assertThat(withOne.best().type()).isEqualTo(RopTypeId.AUTOCRAT);
        assertThat(withOne.best().match()).isLessThan(withAll.best().match());
        assertThat(withOne.confidence()).isLessThan(withAll.confidence());
        assertThat(withOne.explanation()).anySatisfy(reason -> {
            assertThat(reason.dimension()).isEqualTo(DimensionId.INVOLVES_TEAM);
            assertThat(reason.effect()).isEqualTo(Classification.Effect.UNKNOWN);
            assertThat(reason.value()).isNull();
        });
    }

    @Test
    void theExplanationNamesTheDecidingDimensionsInRussian() {
        Classification result = classify(Map.of(DimensionId.MANAGES_THROUGH_TEAM, 1.6,
                DimensionId.FOCUS_ON_PRIORITIES, 3.0));
        assertThat(result.best().type()).isEqualTo(RopTypeId.NOVICE);
        Classification.Reason first = result.explanation().getFirst();
        assertThat(first.dimension()).isEqualTo(DimensionId.MANAGES_THROUGH_TEAM);
        assertThat(first.effect()).isEqualTo(Classification.Effect.SUPPORTS);
        assertThat(first.text()).isEqualTo("Закрывает сделки сам вместо работы через команду");
    }

    @Test
    void propertiesHoldOverManyRandomProfiles() {
        Random random = new Random(20261123);
        TypeClassifier classifier = new TypeClassifier(model.dimensions(), model.types());
        for (int run = 0; run < 3000; run++) {
            Map<DimensionId, DimensionScore> scores = new EnumMap<>(DimensionId.class);
            for (DimensionId d : DimensionId.values()) {
                scores.put(d, random.nextDouble() < 0.25 ? DimensionScore.unknown(d)
                        : new DimensionScore(d, 1.0 + 4.0 * random.nextDouble(), 3.0, 1, random.nextDouble(),
                                random.nextDouble() < 0.5 ? 3.0 : 0.0, false));
            }
            Classification result = classifier.classify(scores);
            assertThat(result.ranking()).hasSize(8).extracting(Classification.TypeMatch::type)
                    .containsExactlyInAnyOrder(RopTypeId.values());
            assertThat(result.ranking()).allSatisfy(m -> assertThat(m.match()).isBetween(0.0, 1.0));
            assertThat(result.ranking()).isSortedAccordingTo(
                    (a, b) -> Double.compare(b.match(), a.match()));
            assertThat(result.best()).isEqualTo(result.ranking().get(0));
            assertThat(result.runnerUp()).isEqualTo(result.ranking().get(1));
            assertThat(result.confidence()).isBetween(0.0, 1.0);

            for (RopType type : model.types()) {
                for (DimensionId high : type.signature().high()) {
                    assertMonotone(classifier, type.id(), scores, high, +1, random);
                }
                for (DimensionId low : type.signature().low()) {
                    assertMonotone(classifier, type.id(), scores, low, -1, random);
                }
            }
        }
    }

    /** Moving a decisive dimension towards the type's pole never lowers that type's match. */
    private static void assertMonotone(TypeClassifier classifier, RopTypeId type,
                                       Map<DimensionId, DimensionScore> scores, DimensionId dimension,
                                       int direction, Random random) {
        DimensionScore before = scores.get(dimension);
        if (!before.known()) {
            return;
        }
        double moved = clamp(before.value() + direction * random.nextDouble() * 2.0);
        Map<DimensionId, DimensionScore> after = new EnumMap<>(scores);
        after.put(dimension, new DimensionScore(dimension, moved, before.evidenceWeight(), before.observations(),
                before.confidence(), before.observedWeight(), before.stated()));
        assertThat(classifier.match(type, after)).as("%s %s %s→%s", type, dimension, before.value(), moved)
                .isGreaterThanOrEqualTo(classifier.match(type, scores) - 1e-12);
    }

    private static double clamp(double value) {
        return Math.max(1.0, Math.min(5.0, value));
    }

    @Test
    void theWorkedExampleOfTheDocumentation() {
        Classification result = classify(Map.of(DimensionId.MANAGES_THROUGH_TEAM, 1.6,
                DimensionId.FOCUS_ON_PRIORITIES, 3.0, DimensionId.BUSYNESS, 4.2));
        assertThat(result.best()).isEqualTo(new Classification.TypeMatch(RopTypeId.NOVICE, "Новичок", 0.95));
        assertThat(result.runnerUp()).isEqualTo(
                new Classification.TypeMatch(RopTypeId.BUSY_BEE, "Деловая колбаса", 0.43));
        assertThat(result.ranking().get(2)).isEqualTo(
                new Classification.TypeMatch(RopTypeId.CHOLERIC, "Холерик", 0.17));
        assertThat(result.ranking().get(3)).isEqualTo(
                new Classification.TypeMatch(RopTypeId.CEO_DREAM, "Мечта CEO", 0.02));
        assertThat(result.ranking().subList(4, 8)).allSatisfy(m -> assertThat(m.match()).isZero());
        assertThat(result.clear()).as("three of twelve dimensions are too few for a clear type").isFalse();
        assertThat(result.certainty()).isEqualTo(Classification.Certainty.PRELIMINARY);
        assertThat(result.knownDimensions()).isEqualTo(3);
        assertThat(result.confidence()).as("data coverage: three of twelve known outright").isEqualTo(0.25);
        assertThat(result.explanation()).containsExactly(
                new Classification.Reason(DimensionId.MANAGES_THROUGH_TEAM, 1.6, Classification.Effect.SUPPORTS,
                        "Закрывает сделки сам вместо работы через команду", true),
                new Classification.Reason(DimensionId.FOCUS_ON_PRIORITIES, 3.0, Classification.Effect.SUPPORTS,
                        "Фокус на главном", false));
    }

    @Test
    void rankingLabelsComeFromTheContent() {
        Classification result = classify(signature(RopTypeId.SOUL_OF_COMPANY));
        assertThat(result.ranking().stream().collect(Collectors.toMap(Classification.TypeMatch::type,
                Classification.TypeMatch::label))).containsEntry(RopTypeId.SOUL_OF_COMPANY, "Душа компании");
    }
}
