package ru.rop.portal.assessment.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.rop.portal.assessment.AssessmentPlan;
import ru.rop.portal.assessment.AssessmentSection;

/** The page kept from situation to situation answers only the situation a tap was made on. */
class SituationStepTest {

    private static final String SHOWN_ITEM = "element.closest('[data-item]').dataset.item";

    private final List<String> answers = new ArrayList<>();
    private final List<String> moves = new ArrayList<>();
    private final SituationStep step = new SituationStep((item, option) -> answers.add(item.id() + "=" + option.id()),
            () -> moves.add("back"), () -> moves.add("later"));

    @Test
    void aTapAnswersTheSituationItWasMadeOn() {
        step.show(item("s1", "a", "b", "c"), true);
        tap("option-2", "s1");
        assertEquals(List.of("s1=b"), answers);
    }

    @Test
    void aSecondTapThatArrivesAfterTheNextSituationChangesNothing() {
        step.show(item("s1", "a", "b", "c"), true);
        tap("option-1", "s1");
        step.show(item("s2", "x", "y", "z"), true);
        tap("option-3", "s1");
        tap("assessment-skip", "s1");
        tap("assessment-back", "s1");
        assertEquals(List.of("s1=a"), answers);
        assertEquals(List.of(), moves);
        tap("assessment-skip", "s2");
        assertEquals(List.of("later"), moves);
    }

    @Test
    void theChosenOptionIsMarkedAndFewerOptionsLeaveNoStaleButton() {
        step.show(item("s1", "a", "b", "c", "d"), false);
        step.show(new AssessmentPlan.Item(AssessmentSection.SITUATIONAL, "s2", null, "situation s2",
                List.of(new AssessmentPlan.Option("x", "x"), new AssessmentPlan.Option("y", "y")), 0, "y", null),
                true);
        assertEquals(2, step.getChildren().toList().get(2).getChildren().count());
        Button second = button("option-2");
        assertEquals("true", second.getElement().getAttribute("aria-checked"));
        assertEquals("false", button("option-1").getElement().getAttribute("aria-checked"));
        assertEquals(true, second.hasClassName("rop-assess-option-chosen"));
    }

    private static AssessmentPlan.Item item(String id, String... options) {
        return new AssessmentPlan.Item(AssessmentSection.SITUATIONAL, id, null, "situation " + id,
                java.util.Arrays.stream(options).map(o -> new AssessmentPlan.Option(o, "option " + o)).toList(), 0,
                null, null);
    }

    private Button button(String id) {
        return step.getChildren().flatMap(c -> c.getChildren()).filter(Button.class::isInstance)
                .map(Button.class::cast).filter(b -> b.getId().orElse("").equals(id)).findFirst().orElseThrow();
    }

    private void tap(String id, String itemOnScreen) {
        Button target = button(id);
        target.getElement().getNode().getFeature(ElementListenerMap.class).fireEvent(new DomEvent(
                target.getElement(), "click", JacksonUtils.createObjectNode().put(SHOWN_ITEM, itemOnScreen)));
    }
}
