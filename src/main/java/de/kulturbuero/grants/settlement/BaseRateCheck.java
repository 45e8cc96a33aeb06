package de.kulturbuero.grants.settlement;

import de.kulturbuero.grants.settlement.BaseRateRefused.Problem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules for adding a base rate, as a pure function the service and the page share:
 * <ul>
 *   <li>it starts on 1 January or 1 July (the only days the base rate changes);</li>
 *   <li>it is new (no rate from that day yet);</li>
 *   <li>it is not before the newest rate in the table (the past is fixed: interest already
 *       computed must stay reproducible), unless the table is still empty;</li>
 *   <li>it is the half-year right after the newest one: a skipped half-year would leave days
 *       without a rate, for which the interest rule refuses to compute;</li>
 *   <li>the rate lies between −10 and 20 percent and has at most two decimals, as the Bundesbank
 *       publishes it (a typing slip like 127 instead of 1.27 is caught).</li>
 * </ul>
 */
public final class BaseRateCheck {

    public static final String VALID_FROM = "validFrom";
    public static final String RATE = "rate";
    public static final BigDecimal LOWEST = new BigDecimal("-10");
    public static final BigDecimal HIGHEST = new BigDecimal("20");

    private BaseRateCheck() {}

    /** The day the next rate starts: the half-year after the newest, or {@code today}'s half-year for an empty table. */
    public static LocalDate next(Optional<LocalDate> newest, LocalDate today) {
        return newest.map(n -> n.plusMonths(6)).orElse(BaseRateTable.halfYearOf(today));
    }

    /**
     * Every reason against adding the rate; empty when it may be added.
     *
     * @param newest the newest rate's start, empty for an empty table
     * @param exists whether a rate from {@code validFrom} exists already
     */
    public static List<Problem> problems(
            LocalDate validFrom, BigDecimal rate, Optional<LocalDate> newest, boolean exists) {
        List<Problem> problems = new ArrayList<>();
        if (validFrom == null) {
            problems.add(new Problem(VALID_FROM, "settlement.rates.refused.valid-from-required"));
        } else if (!BaseRateTable.isHalfYearStart(validFrom)) {
            problems.add(new Problem(VALID_FROM, "settlement.rates.refused.half-year"));
        } else if (exists) {
            problems.add(new Problem(VALID_FROM, "settlement.rates.refused.exists", validFrom));
        } else if (newest.isPresent() && validFrom.isBefore(newest.get())) {
            problems.add(new Problem(VALID_FROM, "settlement.rates.refused.older", newest.get()));
        } else if (newest.isPresent() && validFrom.isAfter(newest.get().plusMonths(6))) {
            problems.add(new Problem(
                    VALID_FROM, "settlement.rates.refused.gap", newest.get().plusMonths(6)));
        }
        if (rate == null) {
            problems.add(new Problem(RATE, "settlement.rates.refused.rate-required"));
        } else if (rate.compareTo(LOWEST) < 0 || rate.compareTo(HIGHEST) > 0) {
            problems.add(new Problem(RATE, "settlement.rates.refused.range"));
        } else if (rate.stripTrailingZeros().scale() > 2) {
            problems.add(new Problem(RATE, "settlement.rates.refused.decimals"));
        }
        return problems;
    }
}
