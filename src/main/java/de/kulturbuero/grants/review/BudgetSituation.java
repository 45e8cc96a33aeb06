package de.kulturbuero.grants.review;

import java.math.BigDecimal;

/** A programme's budget for one year: total, already committed by approvals, and what remains. */
public record BudgetSituation(int year, BigDecimal annualBudget, BigDecimal committed) {

    public BigDecimal remaining() {
        return annualBudget.subtract(committed);
    }

    /** What would remain after approving {@code amount}; negative means the approval is refused. */
    public BigDecimal remainingAfter(BigDecimal amount) {
        return remaining().subtract(amount == null ? BigDecimal.ZERO : amount);
    }
}
