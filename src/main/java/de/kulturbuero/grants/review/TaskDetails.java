package de.kulturbuero.grants.review;

import de.kulturbuero.grants.grantapplication.ApplicationSummary;

import java.time.Instant;
import java.util.List;

/**
 * A task with what its form needs: the application, the content review (for the decision), the
 * budget situation (for the decision) and the review criteria (for the content review).
 */
public record TaskDetails(String taskId, String step, Instant createdAt, String assignee, boolean mine,
                          boolean mayAct, ApplicationSummary application, String partnerCity,
                          ContentReviewSummary contentReview, BudgetSituation budget, List<String> criteria,
                          String barredReason) {
}
