package ru.rop.portal.report.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;

/** A titled panel of the profile page. */
class ProfilePanel extends Div {

    ProfilePanel(String titleKey, String id) {
        add(new H3(getTranslation(titleKey)));
        addClassName("rop-panel");
        setId(id);
    }
}
