package de.kulturbuero.grants.payment;

import de.kulturbuero.grants.shared.i18n.Formats;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

/**
 * One reason a payment action was refused: a resource-bundle key with its arguments and the form
 * field it belongs to (null: the whole form).
 */
public record PaymentProblem(String field, String messageKey, Object... args) {

    /** The arguments as the reader reads them: amounts as money, dates in the language's format. */
    public Object[] arguments(Locale locale) {
        return Arrays.stream(args)
                .map(a -> switch (a) {
                    case BigDecimal amount -> Formats.money(amount, locale);
                    case LocalDate date -> Formats.date(date, locale);
                    case null -> "";
                    default -> a;
                })
                .toArray();
    }
}
