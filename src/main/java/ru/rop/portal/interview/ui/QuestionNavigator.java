package ru.rop.portal.interview.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.function.IntConsumer;
import ru.rop.portal.interview.AnswerRecord;
import ru.rop.portal.interview.InterviewSession;

/** The row of question numbers: scored and skipped ones marked, the current one stated, any one a jump away. */
class QuestionNavigator extends Div {

    private final IntConsumer jump;

    /** @param jump called with the index of the question chosen */
    QuestionNavigator(IntConsumer jump) {
        this.jump = jump;
        addClassName("rop-question-nav");
        setId("question-nav");
    }

    void show(List<InterviewSession.Step> steps, int current) {
        removeAll();
        for (int i = 0; i < steps.size(); i++) {
            AnswerRecord answer = steps.get(i).answer();
            Button button = new Button(String.valueOf(i + 1));
            int target = i;
            button.addClickListener(e -> jump.accept(target));
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
            button.setId("jump-" + (i + 1));
            button.addClassName("rop-jump");
            if (answer.score() != null) {
                button.addClassName("rop-jump-scored");
                button.setTooltipText(getTranslation("interview.jump.scored", answer.score()));
            } else if (answer.skipped()) {
                button.addClassName("rop-jump-skipped");
                button.setTooltipText(getTranslation("interview.jump.skipped"));
            }
            if (i == current) {
                button.addClassName("rop-jump-current");
                button.getElement().setAttribute("aria-current", "step");
            }
            add(button);
        }
    }
}
