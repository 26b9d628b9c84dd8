package ru.rop.portal.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;

/** A card of the candidate's pages: one on the screen at a time, under the header. */
class AssessmentCard extends Div {

    AssessmentCard(Component... content) {
        super(content);
        addClassName("rop-assess-card");
    }
}
