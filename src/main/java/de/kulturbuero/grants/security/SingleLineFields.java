package de.kulturbuero.grants.security;

import de.kulturbuero.grants.security.RegistrationRejected.Problem;
import de.kulturbuero.grants.shared.text.SingleLineText;
import java.util.List;

/**
 * The account's one-line entries (name, organisation, address) under the portal's single-line
 * rule: they end up in mail salutations, letters and the officers' lists.
 */
final class SingleLineFields {

    private SingleLineFields() {}

    /** Adds a problem at each field whose value breaks the rule; {@code fieldsAndValues}: field, value, field, value, … */
    static void check(List<Problem> problems, String... fieldsAndValues) {
        for (int i = 0; i + 1 < fieldsAndValues.length; i += 2) {
            String field = fieldsAndValues[i];
            SingleLineText.problem(fieldsAndValues[i + 1]).ifPresent(key -> problems.add(new Problem(field, key)));
        }
    }
}
