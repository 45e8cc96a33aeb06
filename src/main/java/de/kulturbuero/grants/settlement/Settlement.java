package de.kulturbuero.grants.settlement;

import java.math.BigDecimal;

/**
 * The balance of a grant after the final report: balance = recomputed grant − paid. Positive:
 * the office still pays the difference (typically the holdback); negative: the office reclaims
 * the difference (Rückforderung); zero: settled. Pure value, no Spring; amounts to the cent.
 */
public record Settlement(BigDecimal recomputedGrant, BigDecimal paid, BigDecimal balance) {

    public enum Outcome {
        /** The recipient gets {@link #toPay()} more. */
        TO_PAY,
        /** The office reclaims {@link #toReclaim()}. */
        RECLAIM,
        /** Paid is exactly the recomputed grant. */
        SETTLED
    }

    public static Settlement of(BigDecimal recomputedGrant, BigDecimal paid) {
        BigDecimal grant = Amounts.cents(recomputedGrant, "recomputed grant");
        BigDecimal paidSoFar = Amounts.cents(paid, "paid amount");
        return new Settlement(grant, paidSoFar, grant.subtract(paidSoFar));
    }

    public Outcome outcome() {
        return switch (balance.signum()) {
            case 1 -> Outcome.TO_PAY;
            case -1 -> Outcome.RECLAIM;
            default -> Outcome.SETTLED;
        };
    }

    /** The amount still to pay; zero unless {@link Outcome#TO_PAY}. */
    public BigDecimal toPay() {
        return balance.max(Amounts.ZERO);
    }

    /** The amount to reclaim, as a positive number; zero unless {@link Outcome#RECLAIM}. */
    public BigDecimal toReclaim() {
        return balance.negate().max(Amounts.ZERO);
    }
}
