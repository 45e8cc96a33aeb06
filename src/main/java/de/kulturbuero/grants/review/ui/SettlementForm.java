package de.kulturbuero.grants.review.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import de.kulturbuero.grants.review.ReviewRefused;
import de.kulturbuero.grants.shared.ui.ErrorSummary;

/**
 * What the forms of the final report's check share: an action that, on success, takes the officer
 * back to the inbox; a refusal by the rules stays on the page, at the field it is about.
 */
abstract class SettlementForm extends Composite<Div> {

    private final ErrorSummary errors;

    SettlementForm(ErrorSummary errors) {
        this.errors = errors;
    }

    void act(Runnable action, HasValidation field, String doneKey) {
        errors.clear();
        if (field != null) {
            field.setInvalid(false);
        }
        try {
            action.run();
            Notification.show(getTranslation(doneKey), 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(InboxView.class));
        } catch (ReviewRefused refused) {
            String message = getTranslation(refused.messageKey());
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
            errors.message(message);
            Notification.show(message, 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
