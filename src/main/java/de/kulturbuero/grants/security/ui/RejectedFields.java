package de.kulturbuero.grants.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import de.kulturbuero.grants.security.PasswordPolicy;
import de.kulturbuero.grants.security.RegistrationRejected;
import de.kulturbuero.grants.shared.ui.ErrorSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The account forms' way of showing a {@link RegistrationRejected}: each problem's translated text
 * at its field (by the problem's field name) and all of them in the form's error summary.
 */
final class RejectedFields {

    private RejectedFields() {}

    /** Clears every field's error and the summary, before the form is sent again. */
    static void clear(Map<String, HasValidation> fields, ErrorSummary summary) {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
        summary.clear();
    }

    static void show(
            Component view, Map<String, HasValidation> fields, ErrorSummary summary, RegistrationRejected rejected) {
        List<String> messages = new ArrayList<>();
        for (RegistrationRejected.Problem p : rejected.problems()) {
            String message = view.getTranslation(p.messageKey(), PasswordPolicy.MIN_LENGTH);
            HasValidation field = fields.get(p.field());
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
            messages.add(message);
        }
        summary.show(messages);
    }
}
