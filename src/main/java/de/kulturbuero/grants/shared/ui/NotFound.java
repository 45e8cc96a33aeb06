package de.kulturbuero.grants.shared.ui;

import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.NotFoundException;

/** The portal's "not found" page from a view, e.g. for an id in the address that does not exist or is not the user's. */
public final class NotFound {

    private NotFound() {}

    /** Shows the not-found page instead of the view (the address stays). */
    public static void show(BeforeEvent event) {
        event.rerouteToError(NotFoundException.class);
    }

    /** Shows the not-found page with a translated reason instead of the general text. */
    public static void reason(BeforeEvent event, String messageKey) {
        event.rerouteToError(new WithReason(messageKey), "");
    }

    /** A "not found" whose reason the page states; carries a translation key, never text for the user. */
    static final class WithReason extends NotFoundException {

        private final String messageKey;

        WithReason(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }

        String messageKey() {
            return messageKey;
        }
    }
}
