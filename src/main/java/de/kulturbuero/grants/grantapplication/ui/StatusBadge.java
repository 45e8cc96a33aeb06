package de.kulturbuero.grants.grantapplication.ui;

import com.vaadin.flow.component.html.Span;
import de.kulturbuero.grants.grantapplication.ApplicationStatus;

/** The public status as a coloured badge with text (colour is never the only signal). */
public class StatusBadge extends Span {

    public StatusBadge(ApplicationStatus status) {
        setText(getTranslation(status.messageKey()));
        addClassName("status-badge");
        addClassName("status-" + status.name().toLowerCase().replace('_', '-'));
    }
}
