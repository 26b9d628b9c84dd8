package ru.rop.portal.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.rop.portal.classification.DimensionId;
import ru.rop.portal.classification.EvidenceSource;
import ru.rop.portal.classification.Observation;
import ru.rop.portal.classification.RopModel;
import ru.rop.portal.common.content.ContentLoader;
import ru.rop.portal.common.content.TextTemplates;

/**
 * The forced-choice scoring rule: «most like me» 4.5 for a HIGH statement and 1.5 for a LOW one, «least like me»
 * 2.0 for HIGH and 4.0 for LOW, the unmarked statement nothing, each at the self-assessment's weight.
 */
class ForcedChoiceScoringTest {

    private static ValidatorFactory factory;
    private static AssessmentLibrary library;

    private static final SelfAssessmentBlock BLOCK = new SelfAssessmentBlock("FC05", List.of(
            new SelfAssessmentStatement("A", "Я знаю, чем живёт каждый в команде", DimensionId.RAPPORT,
                    SelfAssessmentStatement.Pole.HIGH),
            new SelfAssessmentStatement("B", "Итоги я смотрю раз в неделю", DimensionId.CONTROL_INTENSITY,
                    SelfAssessmentStatement.Pole.LOW),
            new SelfAssessmentStatement("C", "Задачи я держу в голове", DimensionId.ORGANIZED,
                    SelfAssessmentStatement.Pole.LOW)));

    @BeforeAll
    static void library() throws IOException {
        factory = Validation.buildDefaultValidatorFactory();
        ContentLoader loader = new ContentLoader("templates", factory.getValidator());
        library = new AssessmentLibrary(loader, new RopModel(loader), new TextTemplates("templates"));
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    private static Observation self(DimensionId dimension, double value, String reference) {
        return new Observation(dimension, value, EvidenceSource.SELF_ASSESSMENT.weight(),
                EvidenceSource.SELF_ASSESSMENT, reference);
    }

    @Test
    void mostHighAndLeastLow() {
        assertThat(library.observations(BLOCK, "A", "B")).containsExactly(
                self(DimensionId.RAPPORT, 4.5, "FC05/A"),
                self(DimensionId.CONTROL_INTENSITY, 4.0, "FC05/B"));
    }

    @Test
    void mostLowAndLeastHigh() {
        assertThat(library.observations(BLOCK, "C", "A")).containsExactly(
                self(DimensionId.ORGANIZED, 1.5, "FC05/C"),
                self(DimensionId.RAPPORT, 2.0, "FC05/A"));
    }

    @Test
    void mostLowAndLeastLow() {
        assertThat(library.observations(BLOCK, "B", "C")).containsExactly(
                self(DimensionId.CONTROL_INTENSITY, 1.5, "FC05/B"),
                self(DimensionId.ORGANIZED, 4.0, "FC05/C"));
    }

    @Test
    void theWeightIsTheSelfAssessments() {
        assertThat(library.observations(BLOCK, "A", "C")).extracting(Observation::weight).containsOnly(0.5);
    }

    @Test
    void aHalfAnsweredOrInconsistentBlockSaysNothing() {
        assertThat(library.observations(BLOCK, "A", null)).isEmpty();
        assertThat(library.observations(BLOCK, null, "A")).isEmpty();
        assertThat(library.observations(BLOCK, "A", "A")).isEmpty();
        assertThat(library.observations(BLOCK, "A", "D")).isEmpty();
    }
}
