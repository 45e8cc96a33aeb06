package de.kulturbuero.grants.settlement;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The base interest rates as the interest rule reads them: one rate per half-year. The base rate
 * changes only on 1 January and 1 July (and is published for every half-year, changed or not), so
 * each rate covers exactly its half-year, from its {@code validFrom} to the day before the next
 * 1 January or 1 July. A day in a half-year without a rate has none: the rule refuses to compute
 * rather than carry an old rate on. Pure value, no Spring.
 */
public final class BaseRateTable {

    /** One stretch of days under one base rate: {@code from} inclusive, {@code until} exclusive. */
    public record Span(LocalDate from, LocalDate until, BaseRate rate) {}

    private final List<BaseRate> rates;

    /**
     * @throws IllegalArgumentException when a rate starts on another day than 1 January or 1 July,
     *     or two rates start on the same day
     */
    public BaseRateTable(List<BaseRate> rates) {
        List<BaseRate> sorted = new ArrayList<>(rates);
        sorted.sort(Comparator.comparing(BaseRate::validFrom));
        for (int i = 0; i < sorted.size(); i++) {
            LocalDate from = sorted.get(i).validFrom();
            if (!isHalfYearStart(from)) {
                throw new IllegalArgumentException("A base rate starts on 1 January or 1 July, not " + from);
            }
            if (i > 0 && sorted.get(i - 1).validFrom().equals(from)) {
                throw new IllegalArgumentException("Two base rates from " + from);
            }
        }
        this.rates = List.copyOf(sorted);
    }

    public static boolean isHalfYearStart(LocalDate day) {
        return day.getDayOfMonth() == 1 && (day.getMonth() == Month.JANUARY || day.getMonth() == Month.JULY);
    }

    /** The 1 January or 1 July on or before {@code day}. */
    public static LocalDate halfYearOf(LocalDate day) {
        return LocalDate.of(day.getYear(), day.getMonthValue() <= 6 ? 1 : 7, 1);
    }

    /** The rates, oldest first. */
    public List<BaseRate> rates() {
        return rates;
    }

    /**
     * The days from {@code from} (inclusive) to {@code until} (exclusive) cut at every 1 January
     * and 1 July, each stretch with its rate; empty when {@code until} is not after {@code from}.
     *
     * @throws BaseRateMissing when a half-year in between has no rate
     */
    public List<Span> spans(LocalDate from, LocalDate until) {
        List<Span> spans = new ArrayList<>();
        LocalDate day = from;
        while (day.isBefore(until)) {
            LocalDate halfYear = halfYearOf(day);
            BaseRate rate = rates.stream()
                    .filter(r -> r.validFrom().equals(halfYear))
                    .findFirst()
                    .orElseThrow(() -> new BaseRateMissing(halfYear));
            LocalDate end = halfYear.plusMonths(6);
            if (end.isAfter(until)) {
                end = until;
            }
            spans.add(new Span(day, end, rate));
            day = end;
        }
        return spans;
    }
}
