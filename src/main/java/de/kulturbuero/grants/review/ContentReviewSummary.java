package de.kulturbuero.grants.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/** The content review of a case: scores per criterion (1–5), recommendation, proposed amount. */
public record ContentReviewSummary(long reviewerId, String reviewerName, String recommendation, BigDecimal proposedAmount,
                                   String note, Map<String, Integer> scores, Instant createdAt) {

    public static final String APPROVE = "APPROVE";
    public static final String REJECT = "REJECT";
}
