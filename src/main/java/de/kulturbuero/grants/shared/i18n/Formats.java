package de.kulturbuero.grants.shared.i18n;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Currency;
import java.util.Locale;

/** Money, dates and times formatted for the user's language (German: "1.234,50 €", "26.11.2026"). */
public final class Formats {

    /** The office's time zone: deadlines and dates are meant in local time. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private Formats() {}

    public static String money(BigDecimal amount, Locale locale) {
        if (amount == null) {
            return "";
        }
        NumberFormat format =
                NumberFormat.getCurrencyInstance(locale.getLanguage().equals("de") ? Locale.GERMANY : Locale.UK);
        format.setCurrency(Currency.getInstance("EUR"));
        return format.format(amount);
    }

    public static String date(LocalDate date, Locale locale) {
        return date == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale)
                        .format(date);
    }

    public static String dateTime(Instant instant, Locale locale) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(locale)
                        .withZone(ZONE)
                        .format(instant);
    }

    /** A number with exactly one decimal ("4,6" in German, "4.6" in English). */
    public static String decimal(BigDecimal number, Locale locale) {
        if (number == null) {
            return "";
        }
        NumberFormat format =
                NumberFormat.getNumberInstance(locale.getLanguage().equals("de") ? Locale.GERMANY : Locale.UK);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(number);
    }

    public static String kilometres(long km, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(km) + " km";
    }

    /** Arguments of a text as its reader reads them: amounts as money, dates and times in the language's format. */
    public static Object[] readable(Object[] args, Locale locale) {
        return Arrays.stream(args)
                .map(a -> switch (a) {
                    case BigDecimal amount -> money(amount, locale);
                    case LocalDate date -> date(date, locale);
                    case Instant instant -> dateTime(instant, locale);
                    case null -> "";
                    default -> a;
                })
                .toArray();
    }
}
