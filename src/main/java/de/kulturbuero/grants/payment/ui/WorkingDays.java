package de.kulturbuero.grants.payment.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

/**
 * The days on which SEPA transfers are executed: Monday to Friday except the TARGET2 closing
 * days (New Year, Good Friday, Easter Monday, 1 May, 25 and 26 December), which hold for every
 * bank in the euro area. Regional holidays are the bank's business; a date on one is simply
 * executed on the next business day.
 */
final class WorkingDays {

    private static final Set<MonthDay> FIXED_CLOSING_DAYS =
            Set.of(MonthDay.of(1, 1), MonthDay.of(5, 1), MonthDay.of(12, 25), MonthDay.of(12, 26));

    private WorkingDays() {}

    /** The first working day after {@code day}. */
    static LocalDate next(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (!isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    static boolean isWorkingDay(LocalDate day) {
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return false;
        }
        if (FIXED_CLOSING_DAYS.contains(MonthDay.from(day))) {
            return false;
        }
        LocalDate easter = easterSunday(day.getYear());
        return !day.equals(easter.minusDays(2)) && !day.equals(easter.plusDays(1));
    }

    /** Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int dayOfMonth = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, dayOfMonth);
    }
}
