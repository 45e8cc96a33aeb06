package de.kulturbuero.grants.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The content review of a case: scores per criterion (1–5, keyed by {@link ReviewCriterion#code()}),
 * recommendation, proposed amount.
 *
 * @param criteria the scored criteria in the order of {@code scores}, with names and weights
 */
public record ContentReviewSummary(
        long reviewerId,
        String reviewerName,
        String recommendation,
        BigDecimal proposedAmount,
        String note,
        Map<String, Integer> scores,
        Instant createdAt,
        List<ReviewCriterion> criteria) {

    public static final String APPROVE = "APPROVE";
    public static final String REJECT = "REJECT";

    /** Sum of score × weight / 100 over the scored criteria, one decimal (at most 5.0 when the weights add up to 100). */
    public BigDecimal weightedTotal() {
        BigDecimal total = BigDecimal.ZERO;
        for (ReviewCriterion c : criteria) {
            Integer score = scores.get(c.code());
            if (score != null) {
                total = total.add(BigDecimal.valueOf((long) score * c.weight()));
            }
        }
        return total.divide(BigDecimal.valueOf(100), 1, RoundingMode.HALF_UP);
    }
}
