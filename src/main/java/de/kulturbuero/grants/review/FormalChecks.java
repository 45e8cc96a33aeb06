package de.kulturbuero.grants.review;

import static de.kulturbuero.grants.review.TaskGuard.blank;
import static de.kulturbuero.grants.review.TaskGuard.limit;

import de.kulturbuero.grants.grantapplication.GrantApplicationProcessing;
import de.kulturbuero.grants.review.domain.AuditLog;
import de.kulturbuero.grants.review.process.GrantReviewProcess;
import de.kulturbuero.grants.review.process.OpenTask;
import de.kulturbuero.grants.review.process.ProcessIds;
import de.kulturbuero.grants.security.CurrentUser;
import de.kulturbuero.grants.security.PortalUser;
import de.kulturbuero.grants.security.Roles;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The clerk's formal check (Task_FormalCheck). */
@Service
@PreAuthorize(Roles.CLERKS)
public class FormalChecks {

    private final TaskGuard guard;
    private final GrantReviewProcess process;
    private final CurrentUser currentUser;
    private final GrantApplicationProcessing processing;
    private final ReviewSchedule schedule;
    private final AuditLog audit;
    private final Clock clock;

    FormalChecks(
            TaskGuard guard,
            GrantReviewProcess process,
            CurrentUser currentUser,
            GrantApplicationProcessing processing,
            ReviewSchedule schedule,
            AuditLog audit,
            Clock clock) {
        this.guard = guard;
        this.process = process;
        this.currentUser = currentUser;
        this.processing = processing;
        this.schedule = schedule;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Complete (→ content review), follow-up question to the applicant (question required;
     * optionally the applicant may edit the application) or ineligible (reason required).
     */
    @Transactional
    public void complete(String taskId, FormalCheckOutcome outcome, String note, String question, boolean allowEdit) {
        PortalUser user = currentUser.require();
        OpenTask task = guard.heldByMe(taskId, Set.of(ProcessIds.TASK_FORMAL_CHECK));
        if (outcome == null) {
            throw new ReviewRefused("review.error.outcome-required");
        }
        switch (outcome) {
            case INELIGIBLE -> {
                if (blank(note)) {
                    throw new ReviewRefused("review.error.note-required");
                }
                processing.recordFormalCheck(task.applicationId(), limit(note));
            }
            case INQUIRY -> {
                if (blank(question)) {
                    throw new ReviewRefused("review.error.question-required");
                }
                Instant due = schedule.replyDueAt(clock.instant());
                // the e-mail goes out from the process's asynchronous Task_SendInquiry, after this commits
                processing.openInquiry(task.applicationId(), limit(question), user.accountId(), due, allowEdit);
            }
            case COMPLETE -> processing.recordFormalCheck(task.applicationId(), blank(note) ? null : limit(note));
        }
        Map<String, Object> vars = new HashMap<>();
        vars.put(ProcessIds.VAR_FORMAL_CHECK_OUTCOME, outcome.name());
        vars.put(ProcessIds.VAR_FORMAL_CHECK_BY, user.userId());
        if (outcome == FormalCheckOutcome.INQUIRY) {
            vars.put(ProcessIds.VAR_INQUIRY_BY, user.userId());
        }
        process.complete(taskId, vars);
        audit.record(
                task.applicationId(),
                taskId,
                outcome == FormalCheckOutcome.INQUIRY ? "INQUIRY_ASKED" : "FORMAL_CHECK",
                user.accountId(),
                clock.instant(),
                outcome.name());
    }
}
