package de.kulturbuero.grants.settlement;

import de.kulturbuero.grants.programme.FinancingType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The grant recomputed from the actual figures of the final report, by the financing type the
 * approval was made under. Pure function, no Spring. All amounts in euros to the cent.
 * <ul>
 *   <li><b>DEFICIT</b> (Fehlbedarf): limit = recognised eligible costs − max(0, actual income −
 *       non-eligible actual costs). As at the application, income pays the non-eligible costs
 *       first, so the grant never pays for them; income above the plan lowers the grant euro for
 *       euro.</li>
 *   <li><b>SHARE</b> (Anteil): limit = share × recognised eligible costs, rounded <em>down</em> to
 *       the cent. The share is a ceiling the funder may not exceed: rounding half up could pay half
 *       a cent above it. Rounding down is also what the application's rule does, so an unchanged
 *       plan recomputes to the very grant it was approved with. Income does not enter.</li>
 *   <li><b>FIXED</b> (Festbetrag): limit = the fixed amount, or the recognised eligible costs where
 *       they fall below it (the grant never exceeds the costs it pays for). Income does not
 *       enter.</li>
 * </ul>
 * Then grant = min(limit, granted), and at least zero: the final report never raises a grant
 * above the notice's amount, and a deficit below zero means no grant, not a claim against the
 * recipient beyond what was paid. DEFICIT and FIXED only add and subtract cents, so they need no
 * rounding; SHARE is the only multiplication.
 */
public final class GrantRecomputation {

    /**
     * The figures the recomputation needs. {@code share} is required for SHARE (0.75 = 75 %),
     * {@code fixedAmount} for FIXED; {@code nonEligibleCosts} and {@code income} are the actual
     * ones and count only for DEFICIT.
     */
    public record Figures(
            FinancingType type,
            BigDecimal granted,
            BigDecimal recognisedEligibleCosts,
            BigDecimal nonEligibleCosts,
            BigDecimal income,
            BigDecimal share,
            BigDecimal fixedAmount) {}

    /**
     * {@code limit}: what the financing type allows for these figures (may be above the granted
     * amount); {@code grant}: the recomputed grant, 0 ≤ grant ≤ granted.
     */
    public record Result(BigDecimal limit, BigDecimal grant, BigDecimal granted) {

        /** Whether the final report lowers the grant below the notice's amount. */
        public boolean reduced() {
            return grant.compareTo(granted) < 0;
        }
    }

    private GrantRecomputation() {}

    public static Result recompute(Figures f) {
        Objects.requireNonNull(f.type(), "financing type");
        BigDecimal granted = Amounts.cents(f.granted(), "granted amount");
        BigDecimal eligible = Amounts.cents(f.recognisedEligibleCosts(), "recognised eligible costs");
        BigDecimal limit = switch (f.type()) {
            case DEFICIT -> {
                BigDecimal nonEligible = Amounts.cents(f.nonEligibleCosts(), "non-eligible costs");
                BigDecimal income = Amounts.cents(f.income(), "income");
                yield eligible.subtract(income.subtract(nonEligible).max(Amounts.ZERO));
            }
            case SHARE -> {
                BigDecimal share = Objects.requireNonNull(f.share(), "share of a SHARE grant");
                if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
                    throw new IllegalArgumentException("share must be between 0 and 1: " + share);
                }
                yield eligible.multiply(share).setScale(2, RoundingMode.DOWN);
            }
            case FIXED ->
                Amounts.cents(f.fixedAmount(), "fixed amount of a FIXED grant").min(eligible);
        };
        BigDecimal grant = limit.min(granted).max(Amounts.ZERO);
        return new Result(limit, grant, granted);
    }

    /** Deficit financing: see the class comment. */
    public static Result deficit(
            BigDecimal granted, BigDecimal recognisedEligibleCosts, BigDecimal nonEligibleCosts, BigDecimal income) {
        return recompute(new Figures(
                FinancingType.DEFICIT, granted, recognisedEligibleCosts, nonEligibleCosts, income, null, null));
    }

    /** Share financing: see the class comment. */
    public static Result share(BigDecimal granted, BigDecimal recognisedEligibleCosts, BigDecimal share) {
        return recompute(new Figures(FinancingType.SHARE, granted, recognisedEligibleCosts, null, null, share, null));
    }

    /** Fixed-amount financing: see the class comment. */
    public static Result fixed(BigDecimal granted, BigDecimal recognisedEligibleCosts, BigDecimal fixedAmount) {
        return recompute(
                new Figures(FinancingType.FIXED, granted, recognisedEligibleCosts, null, null, null, fixedAmount));
    }
}
