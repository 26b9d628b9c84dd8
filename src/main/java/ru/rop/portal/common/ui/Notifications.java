package ru.rop.portal.common.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import ru.rop.portal.common.UserFacingException;

/** One look for feedback across screens: success briefly at the bottom, refusals longer and in red. */
public final class Notifications {

    private Notifications() {
    }

    public static void success(Component source, String key, Object... params) {
        Notification notification = Notification.show(source.getTranslation(key, params), 3000,
                Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.SUCCESS);
    }

    public static void refused(Component source, UserFacingException e) {
        Notification notification = Notification.show(source.getTranslation(e.messageKey(), e.params()), 6000,
                Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.ERROR);
    }
}
