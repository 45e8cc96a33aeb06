package de.kulturbuero.grants.settlement;

import java.time.LocalDate;

/**
 * The base-rate table has no rate for a half-year the interest runs through: the office adds the
 * published rate first. Interest is never computed with a guessed rate.
 */
public class BaseRateMissing extends RuntimeException {

    private final LocalDate halfYear;

    public BaseRateMissing(LocalDate halfYear) {
        super("No base interest rate for the half-year from " + halfYear);
        this.halfYear = halfYear;
    }

    /** The first day (1 January or 1 July) of the half-year without a rate. */
    public LocalDate halfYear() {
        return halfYear;
    }
}
