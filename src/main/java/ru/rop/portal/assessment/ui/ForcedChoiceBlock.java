package ru.rop.portal.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import ru.rop.portal.assessment.AssessmentPlan;

/**
 * One forced-choice block of the self-assessment, made for a phone: the instruction line, then the three
 * statements as cards in the candidate's order, each with two toggles, «most like me» and «least like me». One
 * statement carries at most one mark and each mark sits on one statement: marking «most» where «least» was moves
 * that mark off; pressing a pressed toggle clears it. Every pick is handed to {@link Picks} at once and shown only
 * once it is saved.
 */
class ForcedChoiceBlock extends Div {

    /** Saves the block's marks as they now stand; false when they could not be saved (the view says why). */
    @FunctionalInterface
    interface Picks {
        boolean save(String most, String least);
    }

    private record Card(String statementId, Div card, Button most, Button least) {
    }

    private final Picks picks;
    private final List<Card> cards = new ArrayList<>();
    private final Span status = new Span();
    private final List<Runnable> listeners = new ArrayList<>();
    private String most;
    private String least;

    ForcedChoiceBlock(AssessmentPlan.Item item, Picks picks) {
        this.picks = picks;
        this.most = item.answer();
        this.least = item.least();
        addClassName("rop-fc");
        Paragraph instruction = new Paragraph(item.text());
        instruction.addClassName("rop-fc-instruction");
        instruction.setId("fc-instruction");
        add(instruction);
        int number = 0;
        for (AssessmentPlan.Option statement : item.options()) {
            number++;
            Paragraph text = new Paragraph(statement.text());
            text.addClassName("rop-fc-text");
            text.setId("fc-text-" + number);
            Button mostButton = toggle(getTranslation("assessment.block.most"), "rop-fc-most-toggle",
                    "fc-most-" + number, text.getId().orElseThrow());
            Button leastButton = toggle(getTranslation("assessment.block.least"), "rop-fc-least-toggle",
                    "fc-least-" + number, text.getId().orElseThrow());
            mostButton.addClickListener(e -> pick(statement.id(), true));
            leastButton.addClickListener(e -> pick(statement.id(), false));
            Div toggles = new Div(mostButton, leastButton);
            toggles.addClassName("rop-fc-toggles");
            Div card = new Div(text, toggles);
            card.addClassName("rop-fc-card");
            card.setId("fc-card-" + number);
            cards.add(new Card(statement.id(), card, mostButton, leastButton));
            add(card);
        }
        status.addClassName("rop-fc-status");
        status.setId("fc-status");
        status.getElement().setAttribute("aria-live", "polite");
        add(status);
        refresh();
    }

    private static Button toggle(String label, String className, String id, String describedBy) {
        Button button = new Button(label);
        button.addClassName("rop-fc-toggle");
        button.addClassName(className);
        button.setId(id);
        button.getElement().setAttribute("aria-describedby", describedBy);
        return button;
    }

    /** Called after every saved pick, e.g. to update the progress and the button forward. */
    void onChange(Runnable listener) {
        listeners.add(listener);
    }

    boolean answered() {
        return most != null && least != null;
    }

    private void pick(String statementId, boolean asMost) {
        String newMost = most;
        String newLeast = least;
        if (asMost) {
            newMost = statementId.equals(most) ? null : statementId;
            if (statementId.equals(least)) {
                newLeast = null;
            }
        } else {
            newLeast = statementId.equals(least) ? null : statementId;
            if (statementId.equals(most)) {
                newMost = null;
            }
        }
        if (picks.save(newMost, newLeast)) {
            most = newMost;
            least = newLeast;
            refresh();
            listeners.forEach(Runnable::run);
        }
    }

    private void refresh() {
        for (Card card : cards) {
            boolean isMost = card.statementId().equals(most);
            boolean isLeast = card.statementId().equals(least);
            card.card().setClassName("rop-fc-card-most", isMost);
            card.card().setClassName("rop-fc-card-least", isLeast);
            mark(card.most(), isMost, ButtonVariant.LUMO_PRIMARY);
            mark(card.least(), isLeast, ButtonVariant.LUMO_CONTRAST);
        }
        String key = most == null && least == null ? "assessment.block.status.none"
                : most == null ? "assessment.block.status.most"
                : least == null ? "assessment.block.status.least" : "assessment.block.status.done";
        status.setText(getTranslation(key));
        status.setClassName("rop-fc-status-done", answered());
    }

    private static void mark(Button button, boolean pressed, ButtonVariant variant) {
        button.getElement().setAttribute("aria-pressed", String.valueOf(pressed));
        button.setClassName("rop-fc-pressed", pressed);
        if (pressed) {
            button.addThemeVariants(variant);
            button.setIcon(VaadinIcon.CHECK.create());
        } else {
            button.removeThemeVariants(variant);
            button.setIcon(null);
        }
    }
}
