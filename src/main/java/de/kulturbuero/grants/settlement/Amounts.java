package de.kulturbuero.grants.settlement;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Checks shared by the settlement rules: amounts are euros to the cent, never more precise. */
final class Amounts {

    static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private Amounts() {}

    /** The amount at scale 2; refuses null, negative values and fractions of a cent. */
    static BigDecimal cents(BigDecimal amount, String what) {
        if (amount == null) {
            throw new IllegalArgumentException(what + " is missing");
        }
        if (amount.signum() < 0) {
            throw new IllegalArgumentException(what + " is negative: " + amount);
        }
        try {
            // UNNECESSARY: a fraction of a cent is a caller's mistake, not something to round away silently
            return amount.setScale(2, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(what + " has more than two decimals: " + amount, e);
        }
    }
}
