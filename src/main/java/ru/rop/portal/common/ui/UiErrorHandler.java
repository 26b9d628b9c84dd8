package ru.rop.portal.common.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Component;

/**
 * A failure in a button or field handler: logged with its stack trace under an incident number, and the person is
 * told in Russian that the action failed, with that number, instead of nothing (production) or a stack trace.
 */
@Component
class UiErrorHandler implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(UiErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(session -> session.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        if (writeConflict(event.getThrowable())) {
            // Not a defect: a colleague saved the same data at the same moment, even after the service's retries.
            log.warn("An action on a page lost a write conflict: {}", event.getThrowable().toString());
            UI ui = UI.getCurrent();
            if (ui != null) {
                Notification notification = Notification.show(ui.getTranslation("error.write-conflict"), 10000,
                        Notification.Position.MIDDLE);
                notification.addThemeVariants(NotificationVariant.ERROR);
            }
            return;
        }
        String incident = InternalErrorView.incident();
        log.error("Incident {}: an action on a page failed", incident, event.getThrowable());
        UI ui = UI.getCurrent();
        if (ui != null) {
            Notification notification = Notification.show(ui.getTranslation("error.action", incident), 10000,
                    Notification.Position.MIDDLE);
            notification.addThemeVariants(NotificationVariant.ERROR);
        }
    }

    private static boolean writeConflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConcurrencyFailureException) {
                return true;
            }
        }
        return false;
    }
}
