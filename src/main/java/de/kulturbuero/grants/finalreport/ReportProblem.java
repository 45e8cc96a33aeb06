package de.kulturbuero.grants.finalreport;

import de.kulturbuero.grants.shared.i18n.Formats;
import java.util.Arrays;
import java.util.Locale;

/**
 * One thing that stops a final report from being saved or submitted: a resource-bundle key with
 * its arguments and the form field it belongs to ({@code null}: the whole report). Fields of a
 * line or a receipt carry its index, e.g. {@code lines[2].actual} or {@code receipts[0].rate}.
 */
public record ReportProblem(String field, String messageKey, Object... args) {

    /** The arguments as the reader reads them: amounts as money, dates in the language's format. */
    public Object[] arguments(Locale locale) {
        return Formats.readable(args, locale);
    }

    @Override
    public String toString() {
        return (field == null ? "" : field + ": ") + messageKey + Arrays.toString(args);
    }
}
