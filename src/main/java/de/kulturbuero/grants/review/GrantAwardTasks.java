package de.kulturbuero.grants.review;

import de.kulturbuero.grants.finalreport.ReportExtension;
import de.kulturbuero.grants.finalreport.ReportExtensionProcessing;
import de.kulturbuero.grants.grantapplication.ApplicationSummary;
import de.kulturbuero.grants.grantapplication.GrantApplicationProcessing;
import de.kulturbuero.grants.payment.Awards;
import de.kulturbuero.grants.payment.PaymentRelease;
import de.kulturbuero.grants.payment.domain.PaymentRows;
import de.kulturbuero.grants.review.domain.AuditLog;
import de.kulturbuero.grants.review.process.GrantReviewProcess;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * Beans called from BPMN processes 'grant-award' and 'grant-payment' as
 * {@code ${grantAwardTasks...}}, inside the engine's transaction; no {@code @PreAuthorize}
 * (timers and asynchronous steps run without a signed-in user).
 */
@Component("grantAwardTasks")
public class GrantAwardTasks {

    private final Awards awards;
    private final GrantApplicationProcessing applications;
    private final GrantReviewProcess process;
    private final PaymentRelease payments;
    private final CaseNotifications notifications;
    private final AwardSchedule schedule;
    private final ReportExtensionProcessing extensions;
    private final AuditLog audit;
    private final Clock clock;

    GrantAwardTasks(
            Awards awards,
            GrantApplicationProcessing applications,
            GrantReviewProcess process,
            PaymentRelease payments,
            CaseNotifications notifications,
            AwardSchedule schedule,
            ReportExtensionProcessing extensions,
            AuditLog audit,
            Clock clock) {
        this.awards = awards;
        this.applications = applications;
        this.process = process;
        this.payments = payments;
        this.notifications = notifications;
        this.schedule = schedule;
        this.extensions = extensions;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Task_OpenAward of 'grant-application' (after the approval notice, in its transaction):
     * opens the award with the granted amount and its holdback, and starts 'grant-award'.
     */
    public void openAward(Long applicationId) {
        ApplicationSummary a = applications.summary(applicationId);
        awards.open(applicationId, a.grantedAmount());
        process.startAward(applicationId, a.referenceNumber());
        audit.record(applicationId, null, "AWARD_OPENED", null, clock.instant(), null);
    }

    /** Task_BecomeFinal (after Timer_Finality or Catch_AppealWaived): the notice is final; payments may start. */
    public void becomeFinal(Long applicationId) {
        Awards.FinalBy by = awards.becomeFinal(applicationId);
        audit.record(applicationId, null, "NOTICE_FINAL", null, clock.instant(), by.name());
    }

    /** Task_NotifyReleased (asynchronous): the recipient is told the payment was ordered. */
    public void paymentReleased(Long applicationId, Long paymentId) {
        mail(applicationId, paymentId, "payment-released");
    }

    /** Task_NotifyPaid (asynchronous): the recipient is told the payment was made. */
    public void paymentPaid(Long applicationId, Long paymentId) {
        mail(applicationId, paymentId, "payment-paid");
    }

    /** Task_NotifyRefused (asynchronous): the recipient is told the request was refused, with the reason. */
    public void paymentRefused(Long applicationId, Long paymentId) {
        mail(applicationId, paymentId, "payment-refused");
    }

    /**
     * Task_RemindReport and Task_ReportDueMail (asynchronous): the recipient is reminded of the final
     * report's due date; {@code kind} is report-reminder or report-due.
     */
    public void remindReport(Long applicationId, String kind) {
        notifications.reportDue(applicationId, kind, schedule.reportDueOn(applicationId));
        audit.record(applicationId, null, "REPORT_REMINDED", null, clock.instant(), kind);
    }

    /**
     * Task_ExtensionGrantedMail and Task_ExtensionRefusedMail (asynchronous): the recipient is told
     * the clerk's decision on the request for more time, with the new due date or the reason.
     */
    public void extensionDecided(Long applicationId) {
        ReportExtension decided = extensions.latestDecided(applicationId).orElseThrow();
        notifications.reportExtension(
                applicationId,
                decided.status() == ReportExtension.Status.GRANTED
                        ? "report-extension-granted"
                        : "report-extension-refused",
                decided.grantedDate(),
                decided.refusalReason());
    }

    private void mail(long applicationId, long paymentId, String kind) {
        PaymentRows.Row p = payments.payment(paymentId);
        notifications.payment(applicationId, kind, p.number(), p.amount(), p.refusalReason());
    }
}
