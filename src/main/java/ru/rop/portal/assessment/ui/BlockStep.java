package ru.rop.portal.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import java.util.function.Function;
import ru.rop.portal.assessment.AssessmentPlan;

/**
 * A forced-choice block's page: every pick is saved at once; the way forward says whether the block is done
 * («next» once both marks are made, «later» before).
 */
class BlockStep extends AssessmentCard {

    private final ForcedChoiceBlock block;
    private final Button next = new Button();

    /**
     * @param picked runs after every saved pick, e.g. to update the progress
     * @param navigation the way back with the given way forward beside it
     */
    BlockStep(AssessmentPlan.Item item, ForcedChoiceBlock.Picks picks, Runnable picked, Runnable forward,
              Function<Button, Div> navigation) {
        block = new ForcedChoiceBlock(item, picks);
        next.setId("assessment-next");
        next.addClickListener(e -> forward.run());
        showWayForward();
        block.onChange(() -> {
            showWayForward();
            picked.run();
        });
        add(block, navigation.apply(next));
        setId("assessment-block");
    }

    private void showWayForward() {
        next.setText(getTranslation(block.answered() ? "assessment.next" : "assessment.later"));
        if (block.answered()) {
            next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        } else {
            next.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
    }
}
