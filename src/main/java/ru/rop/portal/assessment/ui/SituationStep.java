package ru.rop.portal.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import ru.rop.portal.assessment.AssessmentPlan;
import ru.rop.portal.assessment.AssessmentSection;

/**
 * A situational item's page: the situation, its options as large buttons, back and «later». The view keeps one
 * from item to item and changes only its texts, so an answer sends a few changed texts, not a new page.
 */
class SituationStep extends AssessmentCard {

    /** The candidate chose an option of the item that was on the screen. */
    @FunctionalInterface
    interface Choice {
        void chosen(AssessmentPlan.Item item, AssessmentPlan.Option option);
    }

    /** The situation a tap was made on, as the browser had it at that moment. */
    private static final String SHOWN_ITEM = "element.closest('[data-item]').dataset.item";

    private final Choice choice;
    private final Paragraph text = new Paragraph();
    private final Div options = new Div();
    private final List<Button> buttons = new ArrayList<>();
    private final StepNavigation navigation = new StepNavigation(null);
    private AssessmentPlan.@Nullable Item item;

    SituationStep(Choice choice, Runnable goBack, Runnable later) {
        this.choice = choice;
        Span hint = new Span(getTranslation("assessment.hint." + AssessmentSection.SITUATIONAL));
        hint.addClassName("rop-muted");
        text.addClassName("rop-assess-scenario");
        text.setId("item-text");
        options.addClassName("rop-assess-options");
        options.getElement().setAttribute("role", "radiogroup");
        onTap(navigation.back(), shown -> goBack.run());
        onTap(navigation.later(), shown -> later.run());
        add(hint, text, options, navigation);
        setId("assessment-item");
    }

    void show(AssessmentPlan.Item shown, boolean backAllowed) {
        item = shown;
        getElement().setAttribute("data-item", shown.id());
        text.setText(shown.text());
        navigation.back().setEnabled(backAllowed);
        while (buttons.size() < shown.options().size()) {
            buttons.add(optionButton(buttons.size()));
        }
        for (int i = 0; i < buttons.size(); i++) {
            Button button = buttons.get(i);
            boolean used = i < shown.options().size();
            if (!used) {
                options.remove(button);
                continue;
            }
            AssessmentPlan.Option option = shown.options().get(i);
            boolean chosen = option.id().equals(shown.answer());
            button.setText(option.text());
            button.getElement().setAttribute("aria-checked", String.valueOf(chosen));
            button.setClassName("rop-assess-option-chosen", chosen);
            if (button.getParent().isEmpty()) {
                options.add(button);
            }
        }
    }

    private Button optionButton(int index) {
        Button button = new Button();
        button.addClassName("rop-assess-option");
        button.setId("option-" + (index + 1));
        button.getElement().setAttribute("role", "radio");
        onTap(button, shown -> {
            if (index < shown.options().size()) {
                // The same button shows the next situation: a focus left on it would read as a choice made there.
                button.blur();
                choice.chosen(shown, shown.options().get(index));
            }
        });
        return button;
    }

    /**
     * A tap that left the browser before the next situation arrived (a double tap) belongs to the situation it was
     * made on: it must not answer, skip or leave the one now on the screen.
     */
    private void onTap(Button button, Consumer<AssessmentPlan.Item> action) {
        button.getElement().addEventListener("click", e -> {
            AssessmentPlan.Item onScreen = item;
            if (onScreen != null && onScreen.id().equals(e.getEventData().path(SHOWN_ITEM).asString(""))) {
                action.accept(onScreen);
            }
        }).addEventData(SHOWN_ITEM);
    }
}
