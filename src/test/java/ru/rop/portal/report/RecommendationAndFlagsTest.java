package ru.rop.portal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.rop.portal.classification.Classification;
import ru.rop.portal.classification.CompetencyRating;
import ru.rop.portal.classification.CompetencyScore;
import ru.rop.portal.classification.DimensionId;
import ru.rop.portal.classification.DimensionScoring;
import ru.rop.portal.classification.RedFlag;
import ru.rop.portal.classification.RopModel;
import ru.rop.portal.classification.RopTypeId;
import ru.rop.portal.interview.InterviewEvidence;

/** «One answer cannot end a candidacy», merged flags, and «strong yes» only for a clear ideal. */
class RecommendationAndFlagsTest {

    private final RopModel model = ReportFixtures.model();

    private static InterviewEvidence.FlagFinding finding(String flag, String rater, String question) {
        return new InterviewEvidence.FlagFinding(flag, rater, question, "Вопрос " + question);
    }

    private String grouped(int index) {
        return model.redFlags().stream().filter(f -> f.group() != null)
                .collect(java.util.stream.Collectors.groupingBy(RedFlag::group)).values().stream()
                .filter(list -> list.size() >= 3).findFirst().orElseThrow().get(index).id();
    }

    private List<String> ungrouped() {
        return model.redFlags().stream().filter(f -> f.group() == null).map(RedFlag::id).toList();
    }

    @Test
    void flagsOfOneGroupAreOneBehaviourWithAllTheirSources() {
        RaisedFlags raised = RaisedFlags.of(List.of(finding(grouped(0), "Олег", "Q05"),
                finding(grouped(1), "Мария", "Q10"), finding(grouped(2), "Олег", "Q11")), model);

        assertThat(raised.flags()).singleElement().satisfies(f -> assertThat(f.sources()).hasSize(3));
        assertThat(raised.distinctlySourced()).isEqualTo(1);
    }

    @Test
    void threeDistinctFlagsOnOneAnswerCountOnceForStrongNo() {
        List<String> flags = ungrouped();
        RaisedFlags oneAnswer = RaisedFlags.of(List.of(finding(flags.get(0), "Олег", "Q05"),
                finding(flags.get(1), "Олег", "Q05"), finding(flags.get(2), "Олег", "Q05")), model);
        RaisedFlags threeAnswers = RaisedFlags.of(List.of(finding(flags.get(0), "Олег", "Q05"),
                finding(flags.get(1), "Олег", "Q07"), finding(flags.get(2), "Мария", "Q09")), model);

        assertThat(oneAnswer.flags()).hasSize(3);
        assertThat(oneAnswer.distinctlySourced()).isEqualTo(1);
        assertThat(threeAnswers.distinctlySourced()).isEqualTo(3);

        List<CompetencyScore> good = scores(3.6);
        assertThat(RecommendationRules.apply(good, 3, oneAnswer.distinctlySourced(), null).value())
                .as("three flags heard in one answer do not end the candidacy").isEqualTo(Recommendation.NO);
        assertThat(RecommendationRules.apply(good, 3, threeAnswers.distinctlySourced(), null).value())
                .isEqualTo(Recommendation.STRONG_NO);
    }

    @Test
    void theMatchingFindsTheMostBehavioursWithAQuestionOfTheirOwn() {
        // A on Q1 only; B on Q1 or Q2; C on Q2 or Q3: all three can be given a question of their own.
        assertThat(RaisedFlags.matching(List.of(List.of("Q1"), List.of("Q1", "Q2"), List.of("Q2", "Q3"))))
                .isEqualTo(3);
        assertThat(RaisedFlags.matching(List.of(List.of("Q1"), List.of("Q1"), List.of("Q1")))).isEqualTo(1);
    }

    @Test
    void strongYesNeedsTheIdealToBeClearNotMerelySuggested() {
        List<CompetencyScore> excellent = scores(4.6);
        Map<DimensionId, Double> ideal = new EnumMap<>(model.type(RopTypeId.CEO_DREAM).example());
        Classification clear = model.classify(DimensionScoring.given(ideal));
        Map<DimensionId, Double> thin = new EnumMap<>(DimensionId.class);
        model.type(RopTypeId.CEO_DREAM).signature().high().stream().limit(7).forEach(d -> thin.put(d, 4.8));
        Classification preliminary = model.classify(DimensionScoring.given(thin));

        assertThat(clear.clear()).isTrue();
        assertThat(preliminary.best().type()).isEqualTo(RopTypeId.CEO_DREAM);
        assertThat(preliminary.certainty()).isEqualTo(Classification.Certainty.PRELIMINARY);
        assertThat(RecommendationRules.apply(excellent, 0, 0, clear).value()).isEqualTo(Recommendation.STRONG_YES);
        assertThat(RecommendationRules.apply(excellent, 0, 0, preliminary).value()).isEqualTo(Recommendation.YES);
    }

    private List<CompetencyScore> scores(double level) {
        List<CompetencyRating> ratings = model.competencies().stream()
                .map(c -> new CompetencyRating(c.id(), (int) Math.round(level), "Олег", "Q")).toList();
        List<CompetencyScore> scored = model.scoreCompetencies(ratings);
        return scored.stream().map(s -> new CompetencyScore(s.competencyId(), s.label(), level, s.evidenceCount(),
                s.spread())).toList();
    }
}
