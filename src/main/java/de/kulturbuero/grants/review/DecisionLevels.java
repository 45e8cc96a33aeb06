package de.kulturbuero.grants.review;

import java.math.BigDecimal;

/** Who decides: up to the programme's decision threshold another REVIEWER, above it the HEAD. */
public final class DecisionLevels {

    public static final String REVIEWER = "REVIEWER";
    public static final String HEAD = "HEAD";

    private DecisionLevels() {
    }

    /** The decision level for a proposed amount against the programme's threshold (the threshold itself is still REVIEWER). */
    public static String levelFor(BigDecimal proposedAmount, BigDecimal threshold) {
        if (proposedAmount == null || threshold == null) {
            throw new IllegalArgumentException("Proposed amount and threshold are required");
        }
        return proposedAmount.compareTo(threshold) <= 0 ? REVIEWER : HEAD;
    }
}
