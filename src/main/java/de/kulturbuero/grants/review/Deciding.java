package de.kulturbuero.grants.review;

import static de.kulturbuero.grants.review.TaskGuard.blank;
import static de.kulturbuero.grants.review.TaskGuard.limit;

import de.kulturbuero.grants.grantapplication.ApplicationSummary;
import de.kulturbuero.grants.grantapplication.ApprovedGrants;
import de.kulturbuero.grants.grantapplication.GrantApplicationProcessing;
import de.kulturbuero.grants.review.domain.AuditLog;
import de.kulturbuero.grants.review.process.GrantReviewProcess;
import de.kulturbuero.grants.review.process.OpenTask;
import de.kulturbuero.grants.review.process.ProcessIds;
import de.kulturbuero.grants.security.CurrentUser;
import de.kulturbuero.grants.security.PortalUser;
import de.kulturbuero.grants.security.Roles;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decision (Task_DecisionReviewer, Task_DecisionHead) with the budget check, and the
 * reviewer's referral to the head. Four eyes: the content reviewer of a case never decides it; at
 * the REVIEWER level the approved amount may not exceed the decision threshold of the
 * application's rules version.
 */
@Service
@PreAuthorize(Roles.DECIDERS)
public class Deciding {

    private static final Set<String> DECISION_STEPS = ProcessStep.userTasks().stream()
            .filter(ProcessStep::isDecision)
            .map(ProcessStep::id)
            .collect(Collectors.toUnmodifiableSet());

    private final TaskGuard guard;
    private final GrantReviewProcess process;
    private final CurrentUser currentUser;
    private final GrantApplicationProcessing processing;
    private final ProgrammeBudgets budgets;
    private final DecisionLimits limits;
    private final AuditLog audit;
    private final Clock clock;

    Deciding(
            TaskGuard guard,
            GrantReviewProcess process,
            CurrentUser currentUser,
            GrantApplicationProcessing processing,
            ProgrammeBudgets budgets,
            DecisionLimits limits,
            AuditLog audit,
            Clock clock) {
        this.guard = guard;
        this.process = process;
        this.currentUser = currentUser;
        this.processing = processing;
        this.budgets = budgets;
        this.limits = limits;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Approve with an amount (at most the requested amount, within the programme's remaining
     * budget for the year of the decision; at the REVIEWER level at most the threshold) and
     * optional conditions, or reject with a reason.
     */
    @Transactional
    public void decide(String taskId, boolean approve, BigDecimal amount, String conditions, String reason) {
        PortalUser user = currentUser.require();
        OpenTask open = guard.actionable(taskId);
        // four eyes before the claim: the content reviewer never holds the decision, not even for a refused attempt
        guard.refuseOwnReview(open, user.accountId(), "review.error.four-eyes-reviewer");
        OpenTask task = guard.heldByMe(open, DECISION_STEPS);
        ApplicationSummary application = processing.summary(task.applicationId());
        if (approve) {
            if (amount == null || amount.signum() <= 0) {
                throw new ReviewRefused("review.error.amount-required");
            }
            if (amount.compareTo(application.requestedAmount()) > 0) {
                throw new ReviewRefused("review.error.amount-above-requested");
            }
            if (!DecisionLevels.mayApprove(levelOf(task), amount, limits.thresholdOf(task.applicationId()))) {
                throw new ReviewRefused("review.error.above-reviewer-threshold");
            }
            // the budget an approval counts against is the programme's budget for the year of the decision: one
            // instant for both the check and the recorded decision, so they cannot fall into different years
            Instant decidedAt = clock.instant();
            BudgetSituation budget =
                    budgets.lockForApproval(application.programmeId(), ApprovedGrants.budgetYear(decidedAt));
            if (budget.remainingAfter(amount).signum() < 0) {
                throw new ReviewRefused("review.error.budget-exceeded");
            }
            processing.recordDecision(
                    task.applicationId(),
                    amount,
                    null,
                    blank(conditions) ? null : limit(conditions),
                    user.accountId(),
                    decidedAt);
        } else {
            if (blank(reason)) {
                throw new ReviewRefused("review.error.reason-required");
            }
            processing.recordDecision(task.applicationId(), null, limit(reason), null, user.accountId());
        }
        Map<String, Object> outcome = new HashMap<>();
        outcome.put(ProcessIds.VAR_APPROVED, approve);
        outcome.put(ProcessIds.VAR_DECIDED_BY, user.userId());
        outcome.put(ProcessIds.VAR_REFERRED_TO_HEAD, false);
        process.complete(taskId, outcome);
        audit.record(
                task.applicationId(),
                taskId,
                "DECISION",
                user.accountId(),
                clock.instant(),
                approve ? "APPROVED " + amount.toPlainString() : "REJECTED");
    }

    /**
     * A reviewer who wants to grant more than the threshold (or wants the head to decide for
     * another reason) sends the case up to HEAD, with a reason; the route is the BPMN's
     * Flow_ReferredToHead, so it shows in the case's history. The four-eyes rule applies as for
     * deciding.
     */
    @Transactional
    public void referToHead(String taskId, String reason) {
        PortalUser user = currentUser.require();
        OpenTask open = guard.actionable(taskId);
        guard.refuseOwnReview(open, user.accountId(), "review.error.four-eyes-reviewer");
        OpenTask task = guard.heldByMe(open, Set.of(ProcessStep.DECISION_REVIEWER.id()));
        if (blank(reason)) {
            throw new ReviewRefused("review.error.referral-reason-required");
        }
        String kept = limit(reason);
        process.complete(taskId, Map.of(ProcessIds.VAR_REFERRED_TO_HEAD, true));
        audit.record(task.applicationId(), taskId, "REFERRED_TO_HEAD", user.accountId(), clock.instant(), kept);
    }

    private static String levelOf(OpenTask task) {
        return ProcessIds.TASK_DECISION_HEAD.equals(task.step()) ? DecisionLevels.HEAD : DecisionLevels.REVIEWER;
    }
}
