package de.kulturbuero.grants.review;

import static de.kulturbuero.grants.review.TaskGuard.blank;
import static de.kulturbuero.grants.review.TaskGuard.limit;

import de.kulturbuero.grants.grantapplication.ApplicationSummary;
import de.kulturbuero.grants.grantapplication.GrantApplicationService;
import de.kulturbuero.grants.review.domain.AuditLog;
import de.kulturbuero.grants.review.domain.ContentReviews;
import de.kulturbuero.grants.review.process.GrantReviewProcess;
import de.kulturbuero.grants.review.process.OpenTask;
import de.kulturbuero.grants.review.process.ProcessIds;
import de.kulturbuero.grants.security.CurrentUser;
import de.kulturbuero.grants.security.PortalUser;
import de.kulturbuero.grants.security.Roles;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The reviewer's content review (Task_ContentReview). */
@Service
@PreAuthorize(Roles.REVIEWERS)
public class ContentReviewing {

    private final TaskGuard guard;
    private final GrantReviewProcess process;
    private final CurrentUser currentUser;
    private final GrantApplicationService applications;
    private final ReviewCriteria criteria;
    private final ContentReviews contentReviews;
    private final AuditLog audit;
    private final Clock clock;

    ContentReviewing(
            TaskGuard guard,
            GrantReviewProcess process,
            CurrentUser currentUser,
            GrantApplicationService applications,
            ReviewCriteria criteria,
            ContentReviews contentReviews,
            AuditLog audit,
            Clock clock) {
        this.guard = guard;
        this.process = process;
        this.currentUser = currentUser;
        this.applications = applications;
        this.criteria = criteria;
        this.contentReviews = contentReviews;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A score (1–5) for every criterion of the application's rules version, a recommendation
     * (APPROVE/REJECT) and a proposed amount (at most the requested amount). The process then
     * routes the decision by the threshold.
     */
    @Transactional
    public void complete(
            String taskId, Map<String, Integer> scores, String recommendation, BigDecimal proposedAmount, String note) {
        PortalUser user = currentUser.require();
        OpenTask task = guard.heldByMe(taskId, Set.of(ProcessIds.TASK_CONTENT_REVIEW));
        ApplicationSummary application = applications.get(task.applicationId());
        List<String> codes = criteria.of(task.applicationId(), application.programmeId()).stream()
                .map(ReviewCriterion::code)
                .toList();
        if (scores != null && !codes.containsAll(scores.keySet())) {
            throw new ReviewRefused("review.error.score-unknown-criterion");
        }
        for (String criterion : codes) {
            Integer score = scores == null ? null : scores.get(criterion);
            if (score == null || score < ReviewCriteria.MIN_SCORE || score > ReviewCriteria.MAX_SCORE) {
                throw new ReviewRefused("review.error.scores-required");
            }
        }
        if (!ContentReviewSummary.APPROVE.equals(recommendation)
                && !ContentReviewSummary.REJECT.equals(recommendation)) {
            throw new ReviewRefused("review.error.recommendation-required");
        }
        if (proposedAmount == null || proposedAmount.signum() < 0) {
            throw new ReviewRefused("review.error.amount-required");
        }
        if (proposedAmount.compareTo(application.requestedAmount()) > 0) {
            throw new ReviewRefused("review.error.amount-above-requested");
        }
        Map<String, Integer> kept = new LinkedHashMap<>();
        codes.forEach(c -> kept.put(c, scores.get(c)));
        contentReviews.save(
                task.applicationId(),
                user.accountId(),
                recommendation,
                proposedAmount,
                blank(note) ? null : limit(note),
                kept,
                clock.instant());
        process.complete(taskId, Map.of(ProcessIds.VAR_CONTENT_REVIEW_BY, user.userId()));
        audit.record(
                task.applicationId(),
                taskId,
                "CONTENT_REVIEW",
                user.accountId(),
                clock.instant(),
                recommendation + " " + proposedAmount.toPlainString());
    }
}
