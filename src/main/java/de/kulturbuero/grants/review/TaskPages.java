package de.kulturbuero.grants.review;

import de.kulturbuero.grants.grantapplication.ApplicationSummary;
import de.kulturbuero.grants.grantapplication.ApprovedGrants;
import de.kulturbuero.grants.grantapplication.GrantApplicationService;
import de.kulturbuero.grants.programme.PartnerCitySummary;
import de.kulturbuero.grants.review.process.OpenTask;
import de.kulturbuero.grants.security.CurrentUser;
import de.kulturbuero.grants.security.PortalUser;
import de.kulturbuero.grants.security.Roles;
import java.time.Clock;
import java.util.Objects;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the task page shows: the task and everything its form needs. Any officer may read a task; only its roles may act. */
@Service
@PreAuthorize(Roles.ANY_OFFICER)
public class TaskPages {

    private final TaskGuard guard;
    private final CurrentUser currentUser;
    private final GrantApplicationService applications;
    private final ContentReviewSummaries reviews;
    private final ReviewCriteria criteria;
    private final ProgrammeBudgets budgets;
    private final DecisionLimits limits;
    private final Clock clock;

    TaskPages(
            TaskGuard guard,
            CurrentUser currentUser,
            GrantApplicationService applications,
            ContentReviewSummaries reviews,
            ReviewCriteria criteria,
            ProgrammeBudgets budgets,
            DecisionLimits limits,
            Clock clock) {
        this.guard = guard;
        this.currentUser = currentUser;
        this.applications = applications;
        this.reviews = reviews;
        this.criteria = criteria;
        this.budgets = budgets;
        this.limits = limits;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public TaskDetails task(String taskId) {
        PortalUser user = currentUser.require();
        OpenTask task = guard.open(taskId);
        ApplicationSummary application = applications.get(task.applicationId());
        String city = applications
                .partnerCity(application)
                .map(PartnerCitySummary::name)
                .orElse(null);
        ContentReviewSummary review = reviews.of(application);
        boolean decision = ProcessStep.isDecision(task.step());
        BudgetSituation budget = decision ? budget(application.programmeId()) : null;
        String barred = decision && review != null && review.reviewerId() == user.accountId()
                ? "review.error.four-eyes-reviewer"
                : null;
        // four eyes on a payment: whoever checked it sees why they cannot order it, not a form that fails
        if (ProcessStep.ORDER_PAYMENT.id().equals(task.step())
                && Objects.equals(guard.excludedAccount(task), user.accountId())) {
            barred = "payment.release.error.same-officer";
        }
        // four eyes on a reclaim: the officer who checked the report cannot confirm it
        if (ProcessStep.CONFIRM_RECLAIM.id().equals(task.step())
                && Objects.equals(guard.excludedAccount(task), user.accountId())) {
            barred = "review.check.error.same-officer";
        }
        return new TaskDetails(
                task.taskId(),
                task.step(),
                task.createdAt(),
                task.assignee(),
                user.userId().equals(task.assignee()),
                guard.holdsCandidateGroup(task) && barred == null,
                application,
                city,
                review,
                budget,
                criteria.of(application.id(), application.programmeId()),
                barred,
                ProcessStep.DECISION_REVIEWER.id().equals(task.step()) ? limits.thresholdOf(application.id()) : null);
    }

    /** The programme's budget for the current year (the year's own budget, else the programme's default). */
    @Transactional(readOnly = true)
    public BudgetSituation budget(long programmeId) {
        return budgets.situation(programmeId, ApprovedGrants.budgetYear(clock.instant()));
    }
}
