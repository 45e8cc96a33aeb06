package de.kulturbuero.grants.review;

import de.kulturbuero.grants.grantapplication.ApplicationSummary;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A task with what its form needs: the application, the content review (for the decision), the
 * budget situation (for the decision) and the review criteria (for the content review): those of
 * the application's programme as they were at submission, see {@link ReviewCriteria}. For the
 * reviewer's decision, {@code reviewerLimit} is the most a reviewer may approve (the decision
 * threshold of the application's rules version); null for every other step.
 */
public record TaskDetails(
        String taskId,
        String step,
        Instant createdAt,
        String assignee,
        boolean mine,
        boolean mayAct,
        ApplicationSummary application,
        String partnerCity,
        ContentReviewSummary contentReview,
        BudgetSituation budget,
        List<ReviewCriterion> criteria,
        String barredReason,
        BigDecimal reviewerLimit) {

    /** The score keys the content review of this task expects, in order. */
    public List<String> criterionCodes() {
        return criteria.stream().map(ReviewCriterion::code).toList();
    }
}
