package ru.rop.portal.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import ru.rop.portal.classification.DimensionId;
import ru.rop.portal.classification.EvidenceSource;
import ru.rop.portal.classification.Observation;
import ru.rop.portal.classification.RopTypeId;
import ru.rop.portal.report.ReportFixtures;

/** Rules of thumb cost the online answers weight; honest-looking answering keeps it; nothing raises anyone. */
class AnswerPlausibilityTest {

    private static final int ITEMS = 20;
    private final AnswerPlausibility judge = new AnswerPlausibility(ReportFixtures.model());
    private final Map<String, SituationalItem> items = new LinkedHashMap<>();
    private final List<AssessmentPlan.Item> shown = new ArrayList<>();

    AnswerPlausibilityTest() {
        for (int i = 0; i < ITEMS; i++) {
            String id = "SJ1" + (10 + i);
            // A is best for the capabilities, B the longest; the screen shows them in a rotating order.
            List<SituationalItem.Option> options = List.of(
                    option("A", 100, RopTypeId.CEO_DREAM, Map.of(DimensionId.OWNS_OUTCOMES, 2)),
                    option("B", 118, RopTypeId.BUSY_BEE, Map.of(DimensionId.BUSYNESS, 2)),
                    option("C", 95, RopTypeId.NOT_MY_PROBLEM, Map.of(DimensionId.OWNS_OUTCOMES, -2)),
                    option("D", 90, RopTypeId.NOVICE, Map.of(DimensionId.MANAGES_THROUGH_TEAM, -2)));
            items.put(id, new SituationalItem(id, "с".repeat(250), options));
            List<AssessmentPlan.Option> order = new ArrayList<>();
            for (int k = 0; k < 4; k++) {
                SituationalItem.Option o = options.get((i + k) % 4);
                order.add(new AssessmentPlan.Option(o.id(), o.text()));
            }
            shown.add(new AssessmentPlan.Item(AssessmentSection.SITUATIONAL, id, null, "ситуация", order, 0, "A",
                    null));
        }
    }

    private static SituationalItem.Option option(String id, int length, RopTypeId view,
                                                 Map<DimensionId, Integer> effects) {
        return new SituationalItem.Option(id, "в".repeat(length), view, effects, null);
    }

    private OnlineEvidence.Plausibility judge(Function<AssessmentPlan.Item, String> pick, int fast) {
        List<AssessmentPlan.Item> answeredItems = new ArrayList<>();
        Map<String, AssessmentAnswer> answers = new LinkedHashMap<>();
        for (AssessmentPlan.Item item : shown) {
            String choice = pick.apply(item);
            answeredItems.add(new AssessmentPlan.Item(item.kind(), item.id(), null, item.text(), item.options(), 0,
                    choice, null));
            AssessmentAnswer answer = new AssessmentAnswer(1L, AssessmentSection.SITUATIONAL, item.id());
            answer.choose(choice, Instant.EPOCH);
            answers.put(AssessmentSection.SITUATIONAL + "/" + item.id(), answer);
        }
        return judge.judge(List.of(new AssessmentPlan.Section(AssessmentSection.SITUATIONAL, 0, null, answeredItems)),
                items, answers, fast);
    }

    @Test
    void everyBestOptionTakenIsTooPerfectAndHalvesTheOnlineWeight() {
        OnlineEvidence.Plausibility result = judge(item -> "A", 0);
        assertThat(result.signals()).containsExactly(OnlineEvidence.Signal.TOO_PERFECT);
        assertThat(result.topShare()).isEqualTo(1.0);
        assertThat(result.weight()).isEqualTo(0.5);
    }

    @Test
    void alwaysTheLongestOptionIsAPattern() {
        OnlineEvidence.Plausibility result = judge(item -> "B", 0);
        assertThat(result.signals()).containsExactly(OnlineEvidence.Signal.LONGEST_OPTION);
        assertThat(result.weight()).isEqualTo(0.3);
    }

    @Test
    void alwaysTheSamePlaceOnTheScreenIsStraightLining() {
        OnlineEvidence.Plausibility result = judge(item -> item.options().getFirst().id(), 0);
        assertThat(result.signals()).contains(OnlineEvidence.Signal.SAME_POSITION);
        assertThat(result.positionShare()).isEqualTo(1.0);
        assertThat(result.weight()).isLessThanOrEqualTo(0.3);
    }

    @Test
    void answersFasterThanReadingCostTheirShareAndTheWeightNeverFallsBelowATenth() {
        String[] varied = {"A", "C", "D", "B", "C", "D"};
        int[] next = {0};
        OnlineEvidence.Plausibility honest = judge(item -> varied[next[0]++ % varied.length], 0);
        next[0] = 0;
        OnlineEvidence.Plausibility half = judge(item -> varied[next[0]++ % varied.length], ITEMS / 2);
        OnlineEvidence.Plausibility allFast = judge(item -> "A", ITEMS);

        assertThat(honest.signals()).isEmpty();
        assertThat(honest.weight()).isEqualTo(1.0);
        assertThat(half.signals()).containsExactly(OnlineEvidence.Signal.TOO_FAST);
        assertThat(half.weight()).isEqualTo(0.5);
        assertThat(allFast.weight()).isEqualTo(AnswerPlausibility.MIN_FACTOR);
    }

    @Test
    void theWeightScalesTheObservationsAndNeverRaisesThem() {
        List<Observation> observations = List.of(new Observation(DimensionId.OWNS_OUTCOMES, 5.0, 1.5,
                EvidenceSource.SITUATIONAL, "SJ110/A"));
        assertThat(AnswerPlausibility.weigh(observations, judge(item -> "B", 0)))
                .singleElement().satisfies(o -> {
                    assertThat(o.value()).isEqualTo(5.0);
                    assertThat(o.weight()).isCloseTo(0.45, org.assertj.core.api.Assertions.within(1e-9));
                });
        assertThat(AnswerPlausibility.weigh(observations, OnlineEvidence.Plausibility.NONE)).isEqualTo(observations);
    }
}
