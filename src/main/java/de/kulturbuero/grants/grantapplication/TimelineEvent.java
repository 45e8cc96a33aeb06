package de.kulturbuero.grants.grantapplication;

import de.kulturbuero.grants.shared.i18n.Formats;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A step after the decision that another module records (finality, payments) and the
 * applicant's timeline shows between the statuses: a text key for its label and one for the
 * sentence that explains it, each with its arguments (amounts and dates formatted for the reader).
 */
public record TimelineEvent(
        Instant at, String labelKey, List<Object> labelArgs, String explanationKey, List<Object> explanationArgs) {

    public TimelineEvent {
        labelArgs = List.copyOf(labelArgs);
        explanationArgs = List.copyOf(explanationArgs);
    }

    /** The arguments as the reader reads them: amounts as money, dates in the language's format. */
    public static Object[] formatted(List<Object> args, Locale locale) {
        return Formats.readable(args.toArray(), locale);
    }
}
