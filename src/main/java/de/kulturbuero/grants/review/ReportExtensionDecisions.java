package de.kulturbuero.grants.review;

import de.kulturbuero.grants.finalreport.FinalReportRefused;
import de.kulturbuero.grants.finalreport.ReportExtension;
import de.kulturbuero.grants.finalreport.ReportExtensionProcessing;
import de.kulturbuero.grants.review.domain.AuditLog;
import de.kulturbuero.grants.review.process.GrantReviewProcess;
import de.kulturbuero.grants.review.process.OpenTask;
import de.kulturbuero.grants.review.process.ProcessBusy;
import de.kulturbuero.grants.review.process.ProcessIds;
import de.kulturbuero.grants.security.CurrentUser;
import de.kulturbuero.grants.security.PortalUser;
import de.kulturbuero.grants.security.Roles;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Task_DecideExtension: the clerk grants the recipient's request for more time for the final
 * report (with the wished date or another one, not before the current due date) or refuses it with
 * a reason. A grant becomes the report's due date and moves the award's report timers; an open
 * follow-up of the overdue report ends as obsolete. The recipient is mailed by the process.
 */
@Service
@PreAuthorize(Roles.CLERKS)
public class ReportExtensionDecisions {

    /** What the clerk's form shows. */
    public record Pending(String taskId, long applicationId, ReportExtension request, LocalDate currentDue) {}

    private static final Set<String> STEP = Set.of(ProcessIds.TASK_DECIDE_EXTENSION);

    private final TaskGuard guard;
    private final GrantReviewProcess process;
    private final ReportExtensionProcessing extensions;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    ReportExtensionDecisions(
            TaskGuard guard,
            GrantReviewProcess process,
            ReportExtensionProcessing extensions,
            CurrentUser currentUser,
            AuditLog audit,
            Clock clock) {
        this.guard = guard;
        this.process = process;
        this.extensions = extensions;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The open request of the task's application and the due date it would replace. */
    @Transactional(readOnly = true)
    public Pending pending(String taskId) {
        OpenTask task = guard.actionable(taskId);
        if (!STEP.contains(task.step())) {
            throw new ReviewRefused("review.error.task-gone");
        }
        ReportExtension open = extensions
                .open(task.applicationId())
                .orElseThrow(() -> new ReviewRefused("finalreport.extension.error.not-open"));
        return new Pending(taskId, task.applicationId(), open, extensions.currentDue(task.applicationId()));
    }

    /**
     * Grants the request with the due date {@code newDue}.
     *
     * @throws FinalReportRefused when the date is missing or before the current due date, or the
     *     report was handed in meanwhile (then refuse the request)
     */
    @Transactional
    public ReportExtension grant(String taskId, LocalDate newDue) {
        PortalUser me = currentUser.require();
        OpenTask task = guard.heldByMe(taskId, STEP);
        ReportExtension granted = extensions.grant(task.applicationId(), newDue, me.accountId());
        int obsolete = decided(task, true);
        audit.record(
                task.applicationId(),
                taskId,
                "REPORT_EXTENSION_GRANTED",
                me.accountId(),
                clock.instant(),
                granted.grantedDate().toString());
        if (obsolete > 0) {
            audit.record(
                    task.applicationId(), null, "REPORT_FOLLOW_UP_OBSOLETE", me.accountId(), clock.instant(), null);
        }
        return granted;
    }

    /**
     * Refuses the request; the reason goes to the recipient.
     *
     * @throws FinalReportRefused without a reason (or one over 1,000 characters)
     */
    @Transactional
    public ReportExtension refuse(String taskId, String reason) {
        PortalUser me = currentUser.require();
        OpenTask task = guard.heldByMe(taskId, STEP);
        ReportExtension refused = extensions.refuse(task.applicationId(), reason, me.accountId());
        decided(task, false);
        audit.record(
                task.applicationId(),
                taskId,
                "REPORT_EXTENSION_REFUSED",
                me.accountId(),
                clock.instant(),
                TaskGuard.limit(reason));
        return refused;
    }

    private int decided(OpenTask task, boolean granted) {
        try {
            return process.extensionDecided(task.taskId(), task.applicationId(), granted);
        } catch (ProcessBusy e) {
            throw new ReviewRefused("grantapplication.error.busy");
        }
    }
}
