package de.kulturbuero.grants.review;

import de.kulturbuero.grants.review.domain.AuditLog;
import de.kulturbuero.grants.review.process.GrantReviewProcess;
import de.kulturbuero.grants.review.process.OpenTask;
import de.kulturbuero.grants.review.process.ProcessIds;
import de.kulturbuero.grants.security.CurrentUser;
import de.kulturbuero.grants.security.PortalUser;
import de.kulturbuero.grants.security.Roles;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Task_FollowUpReport: the final report is overdue; the clerk contacted the recipient and records
 * what was agreed (the note goes into the case's audit log).
 */
@Service
@PreAuthorize(Roles.CLERKS)
public class ReportFollowUps {

    private final TaskGuard guard;
    private final GrantReviewProcess process;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    ReportFollowUps(TaskGuard guard, GrantReviewProcess process, CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.guard = guard;
        this.process = process;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void complete(String taskId, String note) {
        if (TaskGuard.blank(note)) {
            throw new ReviewRefused("review.report.error.note-missing");
        }
        PortalUser me = currentUser.require();
        OpenTask task = guard.heldByMe(taskId, Set.of(ProcessIds.TASK_FOLLOW_UP_REPORT));
        process.complete(taskId, Map.of());
        audit.record(
                task.applicationId(),
                taskId,
                "REPORT_FOLLOWED_UP",
                me.accountId(),
                clock.instant(),
                TaskGuard.limit(note));
    }
}
