package ru.rop.portal.common.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/** News a feature puts on the start page (e.g. assessments just completed); empty when it has none. */
public interface HomePanel {

    Optional<Component> create();
}
