package de.kulturbuero.grants.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Errors never reach a user as exception text: the error pages cover exceptions while a page
 * opens; an exception in a button or field listener after the page opened is logged here under
 * an incident number, and the user gets a translated notification with that number.
 */
@Component
class ErrorHandling implements VaadinServiceInitListener {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addSessionInitListener(session -> session.getSession().setErrorHandler(new NotifyingErrorHandler()));
    }

    /** Logs an exception of a listener with an incident number and tells the user that number. */
    static final class NotifyingErrorHandler implements ErrorHandler {

        @Override
        public void error(ErrorEvent event) {
            Throwable throwable = DefaultErrorHandler.findRelevantThrowable(event.getThrowable());
            if (clientWentAway(event.getThrowable())) {
                LOG.debug("The browser closed the connection", event.getThrowable());
                return;
            }
            String incident = Incidents.newNumber();
            boolean database = DatabaseUnavailable.causedBy(event.getThrowable());
            if (database) {
                // an outage, not a defect: one line, no stack trace for each click while it lasts
                LOG.warn(
                        "Incident {}: an action failed, the database cannot be reached: {}",
                        incident,
                        throwable.toString());
            } else {
                LOG.error("Incident {}: an action failed", incident, throwable);
            }
            UI ui = event.getComponent().flatMap(c -> c.getUI()).orElse(UI.getCurrent());
            if (ui == null) {
                return;
            }
            String message = database
                    ? ui.getTranslation("shared.error.database-notification", incident)
                    : ui.getTranslation("shared.error.notification", incident);
            if (ui.getSession() != null && ui.getSession().hasLock()) {
                notify(ui, message);
            } else {
                ui.access(() -> notify(ui, message));
            }
        }

        private static void notify(UI ui, String message) {
            Notification notification = new Notification(message, 15000, Notification.Position.TOP_CENTER);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            notification.setAssertive(true);
            ui.add(notification);
            notification.open();
        }

        private static boolean clientWentAway(Throwable throwable) {
            for (Throwable t = throwable; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (DefaultErrorHandler.SOCKET_EXCEPTIONS.contains(t.getClass().getName())) {
                    return true;
                }
            }
            return false;
        }
    }
}
