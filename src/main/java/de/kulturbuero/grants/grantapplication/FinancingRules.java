package de.kulturbuero.grants.grantapplication;

import de.kulturbuero.grants.grantapplication.SubmissionRejected.Problem;
import de.kulturbuero.grants.programme.ProgrammeTerms;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The financing-plan rules of the funding programmes as pure functions (no Spring, no database), used by the
 * wizard for live totals and reasons and by the service at submission.
 * <ul>
 *   <li>total costs = all cost lines; eligible costs = lines not marked non-eligible; income = all income lines;</li>
 *   <li>the plan balances: income + requested grant = total costs, to the cent;</li>
 *   <li>always: grant ≤ the programme's maximum grant;</li>
 *   <li>deficit financing (Fehlbedarf): grant ≤ eligible costs − income, where income covers the
 *       non-eligible costs first, i.e. grant ≤ eligible − max(0, income − non-eligible): the grant
 *       never pays for non-eligible costs;</li>
 *   <li>share financing (Anteil): grant ≤ maximum share × eligible costs (rounded down to the cent);</li>
 *   <li>fixed amount (Festbetrag): grant = the fixed amount, and the fixed amount ≤ eligible costs.</li>
 * </ul>
 * Problems name the field they belong to ({@code requestedGrant}, {@code costLines[2].amount}, …)
 * so the form shows the reason next to it.
 */
public final class FinancingRules {

    public static final String GRANT = "requestedGrant";
    public static final String COST_LINES = "costLines";
    public static final String INCOME_LINES = "incomeLines";

    private FinancingRules() {}

    /**
     * The plan's sums. {@code difference} = total costs − income − grant (zero when balanced);
     * {@code grantLimit} is the highest grant the programme's rules allow for these lines (null without terms).
     */
    public record Totals(
            BigDecimal totalCosts,
            BigDecimal eligibleCosts,
            BigDecimal income,
            BigDecimal grant,
            BigDecimal difference,
            BigDecimal grantLimit) {

        public boolean balanced() {
            return difference.signum() == 0;
        }
    }

    public static Totals totals(
            List<ApplicationDraft.CostLine> costs,
            List<ApplicationDraft.IncomeLine> incomes,
            BigDecimal grant,
            ProgrammeTerms terms) {
        BigDecimal total =
                sum(costs.stream().map(ApplicationDraft.CostLine::getAmount).toList());
        BigDecimal eligible = sum(costs.stream()
                .filter(ApplicationDraft.CostLine::isEligible)
                .map(ApplicationDraft.CostLine::getAmount)
                .toList());
        BigDecimal income =
                sum(incomes.stream().map(ApplicationDraft.IncomeLine::getAmount).toList());
        BigDecimal g = grant == null ? BigDecimal.ZERO : grant;
        BigDecimal difference = total.subtract(income).subtract(g).setScale(2, RoundingMode.HALF_UP);
        return new Totals(
                total,
                eligible,
                income,
                g,
                difference,
                terms == null ? null : grantLimit(terms, eligible, total.subtract(eligible), income));
    }

    /** The highest grant allowed: the programme maximum and the financing type's own limit. */
    static BigDecimal grantLimit(ProgrammeTerms terms, BigDecimal eligible, BigDecimal nonEligible, BigDecimal income) {
        BigDecimal typeLimit = switch (terms.financingType()) {
            case DEFICIT -> deficit(eligible, nonEligible, income);
            case SHARE -> shareCap(terms, eligible);
            case FIXED ->
                terms.fixedAmount() == null
                        ? BigDecimal.ZERO
                        : terms.fixedAmount().min(eligible);
        };
        return typeLimit.min(terms.maxGrant()).max(BigDecimal.ZERO).setScale(2, RoundingMode.DOWN);
    }

    /** Eligible costs not covered by income once income has paid the non-eligible costs. */
    static BigDecimal deficit(BigDecimal eligible, BigDecimal nonEligible, BigDecimal income) {
        BigDecimal incomeLeftForEligible = income.subtract(nonEligible).max(BigDecimal.ZERO);
        return eligible.subtract(incomeLeftForEligible).max(BigDecimal.ZERO);
    }

    static BigDecimal shareCap(ProgrammeTerms terms, BigDecimal eligible) {
        BigDecimal share = terms.maxShare() == null ? BigDecimal.ONE : terms.maxShare();
        return eligible.multiply(share).setScale(2, RoundingMode.DOWN);
    }

    /** Every financing rule; an empty list means the plan may be submitted. */
    public static List<Problem> check(
            List<ApplicationDraft.CostLine> costs,
            List<ApplicationDraft.IncomeLine> incomes,
            BigDecimal grant,
            ProgrammeTerms terms) {
        List<Problem> problems = new ArrayList<>();
        if (costs.isEmpty()) {
            problems.add(new Problem(COST_LINES, "grantapplication.financing.no-costs"));
        }
        for (int i = 0; i < costs.size(); i++) {
            ApplicationDraft.CostLine line = costs.get(i);
            String prefix = COST_LINES + "[" + i + "].";
            if (line.getCategory() == null) {
                problems.add(
                        new Problem(prefix + "category", "grantapplication.financing.line-category-required", i + 1));
            }
            if (isBlank(line.getDescription())) {
                problems.add(new Problem(
                        prefix + "description", "grantapplication.financing.line-description-required", i + 1));
            }
            if (line.getAmount() == null || line.getAmount().signum() <= 0) {
                problems.add(new Problem(prefix + "amount", "grantapplication.financing.line-amount-positive", i + 1));
            }
        }
        for (int i = 0; i < incomes.size(); i++) {
            ApplicationDraft.IncomeLine line = incomes.get(i);
            String prefix = INCOME_LINES + "[" + i + "].";
            if (line.getKind() == null) {
                problems.add(new Problem(prefix + "kind", "grantapplication.financing.income-kind-required", i + 1));
            }
            if (line.getAmount() == null || line.getAmount().signum() <= 0) {
                problems.add(
                        new Problem(prefix + "amount", "grantapplication.financing.income-amount-positive", i + 1));
            }
            if (line.getKind() != null && line.getKind().needsStatus() && line.getStatus() == null) {
                problems.add(
                        new Problem(prefix + "status", "grantapplication.financing.income-status-required", i + 1));
            }
        }
        if (grant == null) {
            problems.add(new Problem(GRANT, "grantapplication.financing.grant-required"));
            return problems;
        }
        if (grant.signum() <= 0) {
            problems.add(new Problem(GRANT, "grantapplication.financing.grant-positive"));
            return problems;
        }
        Totals t = totals(costs, incomes, grant, terms);
        if (!t.balanced()) {
            // positive difference: costs not covered; negative: more money than costs
            problems.add(
                    t.difference().signum() > 0
                            ? new Problem(GRANT, "grantapplication.financing.unbalanced-gap", t.difference())
                            : new Problem(
                                    GRANT,
                                    "grantapplication.financing.unbalanced-surplus",
                                    t.difference().negate()));
        }
        if (grant.compareTo(terms.maxGrant()) > 0) {
            problems.add(new Problem(GRANT, "grantapplication.financing.above-max", terms.maxGrant()));
        }
        BigDecimal nonEligible = t.totalCosts().subtract(t.eligibleCosts());
        switch (terms.financingType()) {
            case DEFICIT -> {
                BigDecimal deficit = deficit(t.eligibleCosts(), nonEligible, t.income());
                if (grant.compareTo(deficit) > 0) {
                    problems.add(new Problem(GRANT, "grantapplication.financing.above-deficit", deficit));
                }
            }
            case SHARE -> {
                BigDecimal cap = shareCap(terms, t.eligibleCosts());
                if (grant.compareTo(cap) > 0) {
                    BigDecimal percent = (terms.maxShare() == null ? BigDecimal.ONE : terms.maxShare())
                            .multiply(BigDecimal.valueOf(100))
                            .stripTrailingZeros();
                    problems.add(
                            new Problem(GRANT, "grantapplication.financing.above-share", percent.toPlainString(), cap));
                }
            }
            case FIXED -> {
                BigDecimal fixed = Objects.requireNonNull(terms.fixedAmount(), "fixed amount of a FIXED programme");
                if (grant.compareTo(fixed) != 0) {
                    problems.add(new Problem(GRANT, "grantapplication.financing.not-fixed", fixed));
                }
                if (fixed.compareTo(t.eligibleCosts()) > 0) {
                    problems.add(
                            new Problem(GRANT, "grantapplication.financing.fixed-above-eligible", t.eligibleCosts()));
                }
            }
        }
        return problems;
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream()
                .filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.HALF_UP);
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
