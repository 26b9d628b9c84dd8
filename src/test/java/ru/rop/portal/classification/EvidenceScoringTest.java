package ru.rop.portal.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvidenceScoringTest {

    @Test
    void aScoreSpeaksForTheHighPoleWithAPositiveWeightAndForTheLowPoleWithANegativeOne() {
        List<Observation> observations = Evidence.fromScore(
                Map.of(DimensionId.MANAGES_THROUGH_TEAM, 1.0, DimensionId.BUSYNESS, -0.5), 5,
                EvidenceSource.INTERVIEW, "Q01");
        assertThat(observations).anySatisfy(o -> {
            assertThat(o.dimension()).isEqualTo(DimensionId.MANAGES_THROUGH_TEAM);
            assertThat(o.value()).isEqualTo(5.0);
            assertThat(o.weight()).isEqualTo(3.0);
        });
        assertThat(observations).anySatisfy(o -> {
            assertThat(o.dimension()).isEqualTo(DimensionId.BUSYNESS);
            assertThat(o.value()).isEqualTo(1.0);
            assertThat(o.weight()).isEqualTo(1.5);
        });
    }

    @Test
    void effectsMoveAwayFromTheMiddleByTheirIntensity() {
        List<Observation> observations = Evidence.fromEffects(
                Map.of(DimensionId.OWNS_OUTCOMES, -2, DimensionId.RAPPORT, 1), EvidenceSource.SITUATIONAL, "SJ01/A");
        assertThat(observations).anySatisfy(o -> {
            assertThat(o.dimension()).isEqualTo(DimensionId.OWNS_OUTCOMES);
            assertThat(o.value()).isEqualTo(1.0);
            assertThat(o.weight()).isEqualTo(1.5);
        });
        assertThat(observations).anySatisfy(o -> {
            assertThat(o.value()).isEqualTo(4.0);
            assertThat(o.weight()).isEqualTo(0.75);
        });
    }

    @Test
    void sourcesWeighObservedBehaviourAboveChoicesAboveSelfDescription() {
        assertThat(EvidenceSource.INTERVIEW.weight()).isGreaterThan(EvidenceSource.SITUATIONAL.weight());
        assertThat(EvidenceSource.CASE.weight()).isGreaterThan(EvidenceSource.SITUATIONAL.weight());
        assertThat(EvidenceSource.SITUATIONAL.weight()).isGreaterThan(EvidenceSource.SELF_ASSESSMENT.weight());
    }

    @Test
    void dimensionScoresAreWeightedMeansAndUnknownWithoutEvidence() {
        List<Observation> observations = new ArrayList<>();
        observations.addAll(Evidence.fromScore(Map.of(DimensionId.ORGANIZED, 1.0), 5, EvidenceSource.INTERVIEW, "Q1"));
        observations.add(new Observation(DimensionId.ORGANIZED, 1.0, EvidenceSource.SELF_ASSESSMENT.weight(),
                EvidenceSource.SELF_ASSESSMENT, "FC01/A"));
        Map<DimensionId, DimensionScore> scores = DimensionScoring.score(observations);
        DimensionScore organized = scores.get(DimensionId.ORGANIZED);
        // (5 × 3 + 1 × 0.5) / 3.5: the interviewer's observation outweighs the self-description.
        assertThat(organized.value()).isCloseTo(4.43, within(0.005));
        assertThat(organized.observations()).isEqualTo(2);
        assertThat(organized.confidence()).isCloseTo(1 - Math.exp(-3.5 / 3.0), within(1e-9));
        assertThat(scores.get(DimensionId.CREATIVITY).known()).isFalse();
        assertThat(scores.get(DimensionId.CREATIVITY).value()).isNull();
    }

    @Test
    void confidenceGrowsWithEvidence() {
        double one = DimensionScoring.score(Evidence.fromScore(Map.of(DimensionId.RAPPORT, 1.0), 4,
                EvidenceSource.INTERVIEW, "Q1")).get(DimensionId.RAPPORT).confidence();
        List<Observation> two = new ArrayList<>(Evidence.fromScore(Map.of(DimensionId.RAPPORT, 1.0), 4,
                EvidenceSource.INTERVIEW, "Q1"));
        two.addAll(Evidence.fromScore(Map.of(DimensionId.RAPPORT, 1.0), 4, EvidenceSource.CASE, "C1"));
        double both = DimensionScoring.score(two).get(DimensionId.RAPPORT).confidence();
        assertThat(both).isGreaterThan(one).isLessThan(1.0);
    }

    @Test
    void observationsRefuseValuesOffTheScale() {
        assertThatThrownBy(() -> new Observation(DimensionId.RAPPORT, 5.5, 1, EvidenceSource.CASE, "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DimensionScore.given(DimensionId.RAPPORT, 0.5))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void whereAPersonObservedADimensionTheOnlineAnswersWeighAtMostHalfOfIt() {
        List<Observation> observations = new ArrayList<>();
        // One interview answer scored 5 (weight 3) against ten online choices all saying 1 (weight 1.5 each).
        observations.add(new Observation(DimensionId.MANAGES_THROUGH_TEAM, 5.0, 3.0, EvidenceSource.INTERVIEW, "Q44"));
        for (int i = 0; i < 10; i++) {
            observations.add(new Observation(DimensionId.MANAGES_THROUGH_TEAM, 1.0, 1.5, EvidenceSource.SITUATIONAL,
                    "SJ1" + i));
            observations.add(new Observation(DimensionId.RAPPORT, 4.0, 1.5, EvidenceSource.SITUATIONAL, "SJ1" + i));
        }

        Map<DimensionId, DimensionScore> scores = DimensionScoring.score(observations);

        DimensionScore seen = scores.get(DimensionId.MANAGES_THROUGH_TEAM);
        assertThat(seen.evidenceWeight()).as("3 seen + at most 1.5 online").isCloseTo(4.5, within(1e-9));
        assertThat(seen.value()).as("(5 × 3 + 1 × 1.5) / 4.5").isCloseTo(3.67, within(0.005));
        assertThat(seen.observedWeight()).isEqualTo(3.0);
        assertThat(seen.observed()).isTrue();
        DimensionScore unseen = scores.get(DimensionId.RAPPORT);
        assertThat(unseen.evidenceWeight()).as("nobody observed it: the online answers keep their weight")
                .isCloseTo(15.0, within(1e-9));
        assertThat(unseen.observed()).isFalse();
        assertThat(unseen.wellKnown()).isTrue();
    }
}
