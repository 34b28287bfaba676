package com.lepton.caselibrary.layout;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A click or form that fails unexpectedly (say, saving a deck while PostgreSQL restarts) tells the
 * user so in their language and that nothing was saved; Vaadin's default handler only logs it.
 */
@Component
class FriendlyErrors implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(FriendlyErrors.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(session -> session.getSession().setErrorHandler(new Handler()));
    }

    static final class Handler implements ErrorHandler {

        @Override
        public void error(ErrorEvent event) {
            Throwable failure = event.getThrowable();
            String reference = Failures.newReference();
            if (Failures.databaseUnavailable(failure)) {
                log.warn("Action failed, the database is unavailable [ref {}]: {}", reference, failure.toString());
            } else {
                log.error("Action failed [ref {}]", reference, failure);
            }
            UI ui = UI.getCurrent();
            if (ui != null) {
                Notification notification = Notification.show(
                        ui.getTranslation(Failures.messageKey(failure), reference), 8000, Notification.Position.MIDDLE);
                notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        }
    }
}
