package ru.rop.portal.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import org.jspecify.annotations.Nullable;

/** The row under every step: back, and the page's own way forward or else «later», which leaves the item unanswered. */
class StepNavigation extends Div {

    private final Button back = new Button();
    private final Button later = new Button();

    /** @param forward the page's own way forward; null shows «later» instead */
    StepNavigation(@Nullable Button forward) {
        back.setText(getTranslation("assessment.back"));
        back.setId("assessment-back");
        add(back);
        if (forward != null) {
            add(forward);
        } else {
            later.setText(getTranslation("assessment.later"));
            later.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            later.setId("assessment-skip");
            add(later);
        }
        addClassName("rop-assess-nav");
    }

    /** A row for a page drawn anew for each step: plain clicks. */
    static StepNavigation of(@Nullable Button forward, boolean backAllowed, Runnable goBack, Runnable goLater) {
        StepNavigation navigation = new StepNavigation(forward);
        navigation.back.setEnabled(backAllowed);
        navigation.back.addClickListener(e -> goBack.run());
        navigation.later.addClickListener(e -> goLater.run());
        return navigation;
    }

    Button back() {
        return back;
    }

    Button later() {
        return later;
    }
}
