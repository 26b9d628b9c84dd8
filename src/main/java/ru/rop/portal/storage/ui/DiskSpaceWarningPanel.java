package ru.rop.portal.storage.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Optional;
import ru.rop.portal.common.CurrentActor;
import ru.rop.portal.common.ui.HomePanel;
import ru.rop.portal.security.Roles;
import ru.rop.portal.storage.DiskSpace;

/** On the owners' start page while the data folder's disk is nearly full: free space before the database stops. */
@org.springframework.stereotype.Component
class DiskSpaceWarningPanel implements HomePanel {

    private final DiskSpace disk;
    private final CurrentActor actor;

    DiskSpaceWarningPanel(DiskSpace disk, CurrentActor actor) {
        this.disk = disk;
        this.actor = actor;
    }

    @Override
    public Optional<Component> create() {
        if (!actor.hasRole(Roles.OWNER)) {
            return Optional.empty();
        }
        DiskSpace.Reading reading = disk.read();
        if (reading.level() == DiskSpace.Level.ENOUGH) {
            return Optional.empty();
        }
        Div panel = new Div();
        panel.setId("disk-space-warning");
        panel.addClassNames("rop-panel", "rop-panel-warning");
        panel.getElement().setAttribute("role", "alert");
        panel.add(new H3(panel.getTranslation("storage.disk-low.title")),
                new Paragraph(panel.getTranslation("storage.disk-low.text", reading.freeMb(),
                        reading.folder().toString())));
        return Optional.of(panel);
    }
}
