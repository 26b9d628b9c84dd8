package ru.rop.portal.common.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * A behaviourally anchored 1–5 scale as five selectable cards, each showing the behaviour of its level. A radio
 * group for assistive technology; ids {@code <prefix>1…5} for keyboard shortcuts and tests.
 */
public class AnchorScale extends Div {

    private final List<Button> options = new ArrayList<>();
    private Integer chosen;
    private IntConsumer onChoose = level -> { };

    /** @param levels the five anchors, level 1 first */
    public AnchorScale(String idPrefix, String label, List<String> levels, boolean compact) {
        addClassName("rop-anchor-scale");
        if (compact) {
            addClassName("rop-anchor-scale-compact");
        }
        getElement().setAttribute("role", "radiogroup");
        getElement().setAttribute("aria-label", label);
        for (int level = 1; level <= levels.size(); level++) {
            int value = level;
            Span number = new Span(String.valueOf(level));
            number.addClassName("rop-anchor-number");
            Span behaviour = new Span(levels.get(level - 1));
            behaviour.addClassName("rop-anchor-text");
            Button option = new Button();
            option.addClassName("rop-anchor");
            option.setId(idPrefix + level);
            option.getElement().appendChild(number.getElement(), behaviour.getElement());
            option.getElement().setAttribute("role", "radio");
            option.addClickListener(e -> onChoose.accept(value));
            options.add(option);
            add(option);
        }
    }

    /** Called with the level of the card clicked; the listener saves and then marks what was saved. */
    public void onChoose(IntConsumer listener) {
        this.onChoose = listener;
    }

    /** Marks the level (null for none); only the cards change, so nearby fields keep what is being typed. */
    public void setChosen(Integer level) {
        this.chosen = level;
        for (int i = 0; i < options.size(); i++) {
            boolean selected = level != null && level == i + 1;
            options.get(i).setClassName("rop-anchor-chosen", selected);
            options.get(i).getElement().setAttribute("aria-checked", String.valueOf(selected));
        }
    }

    /** Choosing the chosen level again clears it: an accidental click or key press is undone the same way. */
    public Integer toggled(int level) {
        return chosen != null && chosen == level ? null : level;
    }

    public void setEnabled(boolean enabled) {
        options.forEach(option -> option.setEnabled(enabled));
    }
}
