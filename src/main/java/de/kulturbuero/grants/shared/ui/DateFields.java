package de.kulturbuero.grants.shared.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.data.binder.Result;
import java.text.DateFormatSymbols;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Date pickers that say which format they expect and what is wrong with a date: German
 * "TT.MM.JJJJ" (31.12.2026), English "DD/MM/YYYY" (31/12/2026), both also accepting ISO
 * (2026-12-31). A text that is no date is refused with a message that names the problem (a day
 * the month does not have, a year with more than four digits, or the expected format); dates
 * before {@link #MIN} or after {@link #MAX} are refused too (a two-digit year typed into a
 * four-digit format would otherwise mean the first century).
 */
public final class DateFields {

    public static final LocalDate MIN = LocalDate.of(1900, 1, 1);
    public static final LocalDate MAX = LocalDate.of(9999, 12, 31);

    private static final Pattern DAY_MONTH_YEAR =
            Pattern.compile("\\s*(\\d{1,2})\\s*[./-]\\s*(\\d{1,2})\\s*[./-]\\s*(\\d+)\\s*");
    private static final Pattern ISO = Pattern.compile("\\s*(\\d+)-(\\d{1,2})-(\\d{1,2})\\s*");
    private static final Pattern LONG_NUMBER = Pattern.compile("\\d{5,}");

    private DateFields() {}

    /** Sets the format, the placeholder, the format as helper text, the limits and every message. */
    public static DatePicker configure(DatePicker picker) {
        picker.setLocale(picker.getLocale());
        boolean german = german(picker);
        // a partial i18n object replaces the locale's names with English ones: give the language's own
        DateFormatSymbols names = DateFormatSymbols.getInstance(german ? Locale.GERMAN : Locale.UK);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n()
                .setMonthNames(List.of(names.getMonths()).subList(0, 12))
                .setWeekdays(List.of(names.getWeekdays()).subList(1, 8))
                .setWeekdaysShort(List.of(names.getShortWeekdays()).subList(1, 8).stream()
                        .map(d -> d.replace(".", ""))
                        .toList())
                .setDateFormats(german ? "dd.MM.yyyy" : "dd/MM/yyyy", "yyyy-MM-dd")
                .setFirstDayOfWeek(1)
                .setBadInputErrorMessage(badInputMessage(picker))
                .setMinErrorMessage(
                        picker.getTranslation("shared.date.range", format(picker, MIN), format(picker, MAX)))
                .setMaxErrorMessage(
                        picker.getTranslation("shared.date.range", format(picker, MIN), format(picker, MAX)))
                .setRequiredErrorMessage(picker.getTranslation("shared.date.required"))
                .setToday(picker.getTranslation("shared.date.today"))
                .setCancel(picker.getTranslation("shared.cancel"));
        picker.setI18n(i18n);
        picker.setMin(MIN);
        picker.setMax(MAX);
        picker.setPlaceholder(picker.getTranslation("shared.date.placeholder"));
        picker.setHelperText(formatHint(picker));
        picker.setFallbackParser(text -> parse(picker, text));
        return picker;
    }

    /** The helper text "Format: TT.MM.JJJJ" followed by {@code more} (e.g. the earliest allowed date). */
    public static void helper(DatePicker picker, String more) {
        picker.setHelperText(more == null || more.isBlank() ? formatHint(picker) : formatHint(picker) + " " + more);
    }

    /**
     * The earliest allowed date with its own message (e.g. "the end cannot be before the start"), or
     * back to {@link #MIN} and the general message when {@code min} is {@code null}.
     */
    public static void min(DatePicker picker, LocalDate min, String message) {
        DatePicker.DatePickerI18n i18n = picker.getI18n();
        if (min == null || min.isBefore(MIN)) {
            picker.setMin(MIN);
            i18n.setMinErrorMessage(
                    picker.getTranslation("shared.date.range", format(picker, MIN), format(picker, MAX)));
        } else {
            picker.setMin(min);
            i18n.setMinErrorMessage(message);
        }
        picker.setI18n(i18n);
    }

    public static String formatHint(DatePicker picker) {
        return picker.getTranslation("shared.date.format-hint", picker.getTranslation("shared.date.placeholder"));
    }

    /** The server's second look at a text the browser could not read as a date. */
    static Result<LocalDate> parse(DatePicker picker, String text) {
        Matcher iso = ISO.matcher(text);
        Matcher dmy = DAY_MONTH_YEAR.matcher(text);
        Integer day = null;
        Integer month = null;
        String year = null;
        if (iso.matches()) {
            year = iso.group(1);
            month = Integer.parseInt(iso.group(2));
            day = Integer.parseInt(iso.group(3));
        } else if (dmy.matches()) {
            day = Integer.parseInt(dmy.group(1));
            month = Integer.parseInt(dmy.group(2));
            year = dmy.group(3);
        }
        if (LONG_NUMBER.matcher(text).find() && (year == null || year.length() > 4)) {
            return Result.error(picker.getTranslation(
                    "shared.date.year-four-digits", text.strip(), picker.getTranslation("shared.date.placeholder")));
        }
        if (day == null) {
            return Result.error(badInputMessage(picker));
        }
        if (month < 1
                || month > 12
                || day < 1
                || day > YearMonth.of(Integer.parseInt(year), month).lengthOfMonth()) {
            return Result.error(picker.getTranslation("shared.date.no-such-day", text.strip()));
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(year), month, day);
            return date.isBefore(MIN) || date.isAfter(MAX)
                    ? Result.error(picker.getTranslation("shared.date.range", format(picker, MIN), format(picker, MAX)))
                    : Result.ok(date);
        } catch (DateTimeException e) {
            return Result.error(badInputMessage(picker));
        }
    }

    private static String badInputMessage(DatePicker picker) {
        return picker.getTranslation(
                "shared.date.bad-input",
                picker.getTranslation("shared.date.placeholder"),
                format(picker, LocalDate.of(LocalDate.now().getYear(), 12, 31)));
    }

    private static String format(DatePicker picker, LocalDate date) {
        return DateTimeFormatter.ofPattern(german(picker) ? "dd.MM.yyyy" : "dd/MM/yyyy")
                .format(date);
    }

    private static boolean german(DatePicker picker) {
        return "de".equals(picker.getLocale().getLanguage());
    }
}
