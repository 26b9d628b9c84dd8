package ru.rop.portal.interview;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ru.rop.portal.classification.Competency;
import ru.rop.portal.classification.RopModel;
import ru.rop.portal.common.content.ContentLoader;

/** The proposed plan fits its length, reaches as many competencies as the time allows and reads in scorecard order. */
class KitPlannerTest {

    static RopModel model;
    static QuestionBank bank;

    @BeforeAll
    static void load() {
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            ContentLoader loader = new ContentLoader("templates", factory.getValidator());
            model = new RopModel(loader);
            bank = new QuestionBank(loader, model);
        }
    }

    private static List<InterviewQuestion> plan(int minutes) {
        return KitPlanner.propose(bank.questions(), model.competencies(), minutes);
    }

    @ParameterizedTest
    @ValueSource(ints = {45, 60, 90})
    void aPlanFitsItsLengthWithTimeForTheOpeningAndClosing(int minutes) {
        KitCoverage coverage = KitPlanner.coverage(plan(minutes), model.competencies());
        assertThat(coverage.plannedMinutes()).isLessThanOrEqualTo(minutes);
        assertThat(coverage.plannedMinutes()).as("the plan uses the time it has")
                .isGreaterThan(minutes - 7);
    }

    @ParameterizedTest
    @ValueSource(ints = {45, 60, 90})
    void eachQuestionOfAShortPlanIsAboutAnotherCompetency(int minutes) {
        List<InterviewQuestion> plan = plan(minutes);
        long competencies = plan.stream().map(InterviewQuestion::competency).distinct().count();
        assertThat(competencies).isEqualTo(Math.min(plan.size(), model.competencies().size()));
    }

    @Test
    void ninetyMinutesReachEveryCompetencyAndEveryDimension() {
        KitCoverage coverage = KitPlanner.coverage(plan(90), model.competencies());
        assertThat(coverage.uncoveredCompetencies()).isEmpty();
        assertThat(coverage.silentDimensions()).isEmpty();
    }

    @Test
    void fortyFiveMinutesNameWhatIsLeftForCasesAndTheAssessment() {
        List<InterviewQuestion> plan = plan(45);
        KitCoverage coverage = KitPlanner.coverage(plan, model.competencies());
        assertThat(coverage.uncoveredCompetencies()).isNotEmpty()
                .hasSize(model.competencies().size() - (int) plan.stream().map(InterviewQuestion::competency)
                        .distinct().count());
    }

    @Test
    void questionsComeInScorecardOrder() {
        List<String> order = model.competencies().stream().map(Competency::id).toList();
        List<Integer> positions = plan(90).stream().map(q -> order.indexOf(q.competency())).toList();
        assertThat(positions).isSorted();
    }
}
