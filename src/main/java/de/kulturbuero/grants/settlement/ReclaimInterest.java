package de.kulturbuero.grants.settlement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Interest on a reclaimed amount: 5 percentage points above the base interest rate per year, from
 * the start date until the day the reclaim is paid, period by period over the base-rate table.
 * Pure function, no Spring.
 *
 * <p>For an amount A from day F, paid back on day P:
 * <pre>
 *   interest(A) = round½↑( Σ over the spans of [F, P) cut at 1 January and 1 July:
 *                          A × max(0, base rate of the span + 5) × days of the span / (100 × 365) )
 * </pre>
 * <ul>
 *   <li><b>Start</b>: the day the approval lost effect, or, for a revocation for the past, the day
 *       each payment was made: a reclaim of several payments is a list of tranches, each with its
 *       own start. The caller decides which part of the reclaim belongs to which payment.</li>
 *   <li><b>Days</b>: the start day counts, the day of the repayment does not (interest runs "from"
 *       the start; on the payment day the money is back), so days = P − F in calendar days.
 *       A span runs from its first day inclusive to the next 1 January or 1 July exclusive.</li>
 *   <li><b>Day count</b>: actual calendar days / 365, in leap years too (29 February is a day
 *       like any other; the divisor stays 365): the usual practice for statutory interest "per
 *       year" on the base rate of § 247 BGB, which the reclaim interest of § 49a VwVfG builds on.
 *       Banks' 30/360 is not meant.</li>
 *   <li><b>Floor</b>: the rate of a span is never below zero: a base rate below −5 gives 0 % for
 *       that span. The statute only says "5 percentage points above the base rate"; a negative
 *       interest would turn the reclaim's interest into a payment to the debtor, which it is not
 *       meant to be.</li>
 *   <li><b>Rounding</b>: the sum over the spans is exact (amount, rates and days are exact
 *       decimals) and rounded once, half up to the cent, at the end of each tranche. The total is
 *       the sum of the rounded tranches, so the lines of a reclaim notice add up to its total.</li>
 * </ul>
 * A repayment on or before the start day bears no interest.
 */
public final class ReclaimInterest {

    /** Percentage points above the base rate. */
    public static final BigDecimal POINTS_ABOVE_BASE_RATE = new BigDecimal("5");

    /** Days of the interest year. */
    public static final int DAYS_PER_YEAR = 365;

    private static final BigDecimal DIVISOR = BigDecimal.valueOf(100L * DAYS_PER_YEAR);

    /** A part of the reclaim that bears interest from its own day. */
    public record Tranche(BigDecimal amount, LocalDate from) {}

    /**
     * One span of a tranche: days under one base rate; {@code rate} = max(0, base rate + 5), in
     * percent per year.
     */
    public record Period(LocalDate from, LocalDate until, long days, BigDecimal baseRate, BigDecimal rate) {}

    /** A tranche with its spans and its interest, rounded to the cent. */
    public record TrancheInterest(Tranche tranche, List<Period> periods, BigDecimal interest) {}

    public record Result(List<TrancheInterest> tranches, BigDecimal total) {}

    private ReclaimInterest() {}

    /**
     * @param paidOn the day the reclaim is paid back (for a preview: the day it is assumed to be)
     * @throws BaseRateMissing when the table lacks the rate of a half-year between a start and
     *     {@code paidOn}
     */
    public static Result compute(List<Tranche> tranches, LocalDate paidOn, BaseRateTable table) {
        Objects.requireNonNull(paidOn, "payment day");
        List<TrancheInterest> results = new ArrayList<>(tranches.size());
        BigDecimal total = Amounts.ZERO;
        for (Tranche tranche : tranches) {
            TrancheInterest interest = tranche(tranche, paidOn, table);
            results.add(interest);
            total = total.add(interest.interest());
        }
        return new Result(List.copyOf(results), total);
    }

    /** One amount from one day: see the class comment. */
    public static Result compute(BigDecimal amount, LocalDate from, LocalDate paidOn, BaseRateTable table) {
        return compute(List.of(new Tranche(amount, from)), paidOn, table);
    }

    private static TrancheInterest tranche(Tranche tranche, LocalDate paidOn, BaseRateTable table) {
        BigDecimal amount = Amounts.cents(tranche.amount(), "reclaimed amount");
        LocalDate from = Objects.requireNonNull(tranche.from(), "start of the interest");
        List<Period> periods = new ArrayList<>();
        // amount × percent × days: exact, divided only once at the end
        BigDecimal sum = BigDecimal.ZERO;
        for (BaseRateTable.Span span : table.spans(from, paidOn)) {
            long days = ChronoUnit.DAYS.between(span.from(), span.until());
            BigDecimal base = span.rate().rate();
            BigDecimal rate = base.add(POINTS_ABOVE_BASE_RATE).max(BigDecimal.ZERO);
            periods.add(new Period(span.from(), span.until(), days, base, rate));
            sum = sum.add(amount.multiply(rate).multiply(BigDecimal.valueOf(days)));
        }
        BigDecimal interest = sum.divide(DIVISOR, 2, RoundingMode.HALF_UP);
        return new TrancheInterest(tranche, List.copyOf(periods), interest);
    }
}
