package de.kulturbuero.grants.review;

import java.math.BigDecimal;

/**
 * Who decides: up to the decision threshold another REVIEWER, above it the HEAD. The threshold is
 * that of the rules version the application was submitted under ({@link DecisionLimits}).
 */
public final class DecisionLevels {

    public static final String REVIEWER = "REVIEWER";
    public static final String HEAD = "HEAD";

    private DecisionLevels() {}

    /** The decision level for a proposed amount against the threshold (the threshold itself is still REVIEWER). */
    public static String levelFor(BigDecimal proposedAmount, BigDecimal threshold) {
        if (proposedAmount == null || threshold == null) {
            throw new IllegalArgumentException("Proposed amount and threshold are required");
        }
        return proposedAmount.compareTo(threshold) <= 0 ? REVIEWER : HEAD;
    }

    /**
     * Whether a decider at {@code level} may approve {@code amount}. The routing looked at the
     * proposed amount; the cap looks at the amount actually approved, so a reviewer can never
     * grant more than the threshold by approving above the proposal: such a case goes up to HEAD.
     */
    public static boolean mayApprove(String level, BigDecimal amount, BigDecimal threshold) {
        if (amount == null || threshold == null) {
            throw new IllegalArgumentException("Amount and threshold are required");
        }
        return switch (level) {
            case HEAD -> true;
            case REVIEWER -> amount.compareTo(threshold) <= 0;
            default -> throw new IllegalArgumentException("Unknown decision level " + level);
        };
    }
}
