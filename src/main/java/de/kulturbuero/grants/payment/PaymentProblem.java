package de.kulturbuero.grants.payment;

import de.kulturbuero.grants.shared.i18n.Formats;
import java.util.Locale;

/**
 * One reason a payment action was refused: a resource-bundle key with its arguments and the form
 * field it belongs to (null: the whole form).
 */
public record PaymentProblem(String field, String messageKey, Object... args) {

    /** The arguments as the reader reads them: amounts as money, dates in the language's format. */
    public Object[] arguments(Locale locale) {
        return Formats.readable(args, locale);
    }
}
