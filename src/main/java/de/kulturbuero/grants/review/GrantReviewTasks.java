package de.kulturbuero.grants.review;

import de.kulturbuero.grants.grantapplication.ApplicationStatus;
import de.kulturbuero.grants.grantapplication.GrantApplicationProcessing;
import de.kulturbuero.grants.review.domain.AuditLog;
import de.kulturbuero.grants.review.domain.ContentReviews;
import de.kulturbuero.grants.review.domain.InboxTasks;
import de.kulturbuero.grants.review.process.ProcessIds;
import de.kulturbuero.grants.security.AccountService;
import de.kulturbuero.grants.security.Roles;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Beans called from BPMN process 'grant-application' as {@code ${grantReviewTasks...}}. Each
 * method does one thing, inside the engine's transaction; none carries {@code @PreAuthorize}
 * (timers and asynchronous steps run without a signed-in user).
 */
@Component("grantReviewTasks")
public class GrantReviewTasks {

    private final GrantApplicationProcessing applications;
    private final DecisionLimits limits;
    private final InboxTasks inbox;
    private final ContentReviews contentReviews;
    private final AuditLog audit;
    private final CaseNotifications notifications;
    private final Notices notices;
    private final AccountService accounts;
    private final Clock clock;

    GrantReviewTasks(
            GrantApplicationProcessing applications,
            DecisionLimits limits,
            InboxTasks inbox,
            ContentReviews contentReviews,
            AuditLog audit,
            CaseNotifications notifications,
            Notices notices,
            AccountService accounts,
            Clock clock) {
        this.accounts = accounts;
        this.applications = applications;
        this.limits = limits;
        this.inbox = inbox;
        this.contentReviews = contentReviews;
        this.audit = audit;
        this.notifications = notifications;
        this.notices = notices;
        this.clock = clock;
    }

    /**
     * Execution listener on every step and take listener on the decisive flows: sets the public
     * status the applicant sees.
     */
    public void statusChanged(Long applicationId, String status) {
        applications.changeStatus(applicationId, ApplicationStatus.valueOf(status));
        if (status.equals("WITHDRAWN")) {
            audit.record(
                    applicationId, null, "WITHDRAWN", applications.applicantId(applicationId), clock.instant(), null);
        }
    }

    /**
     * Assignee of Task_FormalCheck: after a follow-up question, the clerk who asked it (they know
     * what they asked), as long as their account is enabled and still holds CLERK; otherwise null,
     * and the task is free for the group. The BPMN passes the variable {@code inquiryBy} (null
     * before the first question).
     */
    public String returningClerk(Object inquirer) {
        if (inquirer == null) {
            return null;
        }
        String userId = inquirer.toString();
        return accounts.withRole(Roles.CLERK).stream().anyMatch(c -> c.userId().equals(userId)) ? userId : null;
    }

    /** Called from Timer_ReplyReminder → Task_SendReminder (asynchronous): reminds the applicant of the deadline. */
    public void remindApplicant(Long applicationId) {
        applications.openInquiryDueAt(applicationId).ifPresent(due -> {
            notifications.replyReminder(applicationId, due);
            audit.record(applicationId, null, "REMINDER_SENT", null, clock.instant(), null);
        });
    }

    /** Task_SendInquiry (asynchronous): the e-mail telling the applicant about the open follow-up question. */
    public void sendInquiry(Long applicationId) {
        applications.openInquiryDueAt(applicationId).ifPresent(due -> notifications.inquiryAsked(applicationId, due));
    }

    /** Take listener of Flow_ReplyOverdue: the unanswered question closes, the case goes back to the clerk. */
    public void inquiryExpired(Long applicationId) {
        applications.expireInquiry(applicationId);
        audit.record(applicationId, null, "INQUIRY_EXPIRED", null, clock.instant(), null);
    }

    /**
     * Task_RouteDecision: REVIEWER when the proposed amount of the content review is at most the
     * decision threshold of the rules version the application was submitted under (programme data
     * the office edits, frozen per application), otherwise HEAD.
     */
    public String decisionLevel(Long applicationId) {
        ContentReviews.Row review = contentReviews
                .latest(applicationId)
                .orElseThrow(() -> new IllegalStateException("No content review for application " + applicationId));
        return limits.levelFor(applicationId, review.proposedAmount());
    }

    /**
     * Task_ApprovalNotice / Task_RejectionNotice / Task_IneligibleNotice (asynchronous): the PDF
     * letter the step names ({@code APPROVAL}, {@code REJECTION}, {@code INELIGIBILITY}).
     */
    public void issueNotice(Long applicationId, String kind) {
        notices.issue(applicationId, NoticeKind.valueOf(kind));
        audit.record(applicationId, null, "NOTICE_ISSUED", null, clock.instant(), kind);
    }

    /** Task_Escalate (after a Timer_*Overdue): marks the open task overdue and tells HEAD. */
    public void escalate(Long applicationId) {
        inbox.markOverdue(applicationId);
        List<InboxTasks.Row> open = inbox.ofApplication(applicationId);
        String step =
                open.isEmpty() ? ProcessIds.TASK_FORMAL_CHECK : open.getFirst().step();
        notifications.escalated(applicationId, step);
        audit.record(
                applicationId,
                open.isEmpty() ? null : open.getFirst().taskId(),
                "ESCALATED",
                null,
                clock.instant(),
                step);
    }
}
