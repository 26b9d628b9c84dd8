package ru.rop.portal.interview;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.rop.portal.classification.Competency;
import ru.rop.portal.classification.RopModel;
import ru.rop.portal.common.content.ContentLoader;

/** A question's own anchors replace the competency's; without them the competency's anchors are used. */
class InterviewQuestionTest {

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

    @Test
    void theQuestionsOwnAnchorsReplaceTheCompetencys() {
        InterviewQuestion shipped = bank.questions().getFirst();
        Competency competency = model.competency(shipped.competency()).orElseThrow();
        Map<Integer, String> own = Map.of(1, "Не называет ни одной причины", 2, "Называет внешние причины",
                3, "Называет свою роль без выводов", 4, "Разбирает свою роль и меняет подход",
                5, "Разбирает свою роль, меняет подход и показывает результат");
        InterviewQuestion anchored = new InterviewQuestion(shipped.id(), shipped.competency(), shipped.kind(),
                shipped.minutes(), shipped.text(), shipped.listenFor(), shipped.strongAnswer(), shipped.weakAnswer(),
                shipped.probes(), shipped.redFlags(), shipped.evidence(), shipped.styles(), own);

        assertThat(anchored.levels(competency)).containsExactly(own.get(1), own.get(2), own.get(3), own.get(4),
                own.get(5));
        assertThat(shipped.anchors()).isEmpty();
        assertThat(shipped.levels(competency))
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 5).mapToObj(competency::level).toList());
    }

    @Test
    void aQuestionsDimensionsAreItsCapabilitiesAndItsStyles() {
        InterviewQuestion styled = bank.questions().stream().filter(q -> !q.styles().isEmpty()).findFirst()
                .orElseThrow();
        assertThat(styled.dimensions()).containsAll(styled.evidence().keySet()).containsAll(styled.styles())
                .hasSize(styled.evidence().size() + styled.styles().size());
    }
}
