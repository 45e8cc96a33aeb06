package de.kulturbuero.grants.review;

import de.kulturbuero.grants.finalreport.FinalReportRefused;
import de.kulturbuero.grants.finalreport.FinalReportSubmitted;
import de.kulturbuero.grants.finalreport.FinalReports;
import de.kulturbuero.grants.finalreport.HearingResponded;
import de.kulturbuero.grants.finalreport.ReportExtensionProcessing;
import de.kulturbuero.grants.finalreport.ReportExtensionRequested;
import de.kulturbuero.grants.grantapplication.GrantApplicationProcessing;
import de.kulturbuero.grants.payment.Awards;
import de.kulturbuero.grants.payment.PaymentEvent;
import de.kulturbuero.grants.payment.PaymentRefused;
import de.kulturbuero.grants.review.domain.AuditLog;
import de.kulturbuero.grants.review.process.GrantReviewProcess;
import de.kulturbuero.grants.review.process.ProcessBusy;
import de.kulturbuero.grants.review.process.ProcessIds;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The payment module's changes move the award's processes, synchronously in the transaction of
 * the change, and go into the case's history: when the process cannot follow, the change is
 * refused and rolled back with it.
 */
@Component
class AwardEvents {

    private final GrantReviewProcess process;
    private final Awards awards;
    private final GrantApplicationProcessing applications;
    private final ReportExtensionProcessing extensions;
    private final AuditLog audit;
    private final Clock clock;

    AwardEvents(
            GrantReviewProcess process,
            Awards awards,
            GrantApplicationProcessing applications,
            ReportExtensionProcessing extensions,
            AuditLog audit,
            Clock clock) {
        this.process = process;
        this.awards = awards;
        this.applications = applications;
        this.extensions = extensions;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(PaymentEvent.AppealWaived event) {
        boolean moved;
        try {
            moved = process.waiveAppeal(event.applicationId());
        } catch (ProcessBusy e) {
            throw new PaymentRefused(null, "grantapplication.error.busy");
        }
        if (!moved) {
            throw new PaymentRefused(null, "payment.waiver.error.already-final");
        }
        audit.record(event.applicationId(), null, "APPEAL_WAIVED", event.by(), clock.instant(), null);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(PaymentEvent.BankDetailsEntered event) {
        audit.record(
                event.applicationId(),
                null,
                event.needsConfirmation() ? "BANK_DETAILS_CHANGED" : "BANK_DETAILS_ENTERED",
                event.by(),
                clock.instant(),
                null);
        // one open confirmation task always decides the newest pending change
        if (event.needsConfirmation()
                && !process.hasOpenTask(event.applicationId(), ProcessIds.TASK_CONFIRM_BANK_DETAILS)) {
            boolean asked;
            try {
                asked = process.bankDetailsChanged(event.applicationId());
            } catch (ProcessBusy e) {
                throw new PaymentRefused(null, "grantapplication.error.busy");
            }
            if (!asked) {
                // the award's process has ended (final report handed in): nobody could confirm the change
                throw new PaymentRefused(null, "payment.bank.error.award-closed");
            }
        }
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(PaymentEvent.PaymentRequested event) {
        String reference = applications.summary(event.applicationId()).referenceNumber();
        process.startPayment(event.applicationId(), reference, event.paymentId());
        audit.record(
                event.applicationId(),
                null,
                "PAYMENT_REQUESTED",
                event.by(),
                clock.instant(),
                String.valueOf(event.number()));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(PaymentEvent.RunChanged event) {
        if (event.action().equals("EXECUTED")) {
            boolean moved;
            try {
                moved = process.paymentExecuted(event.paymentId());
            } catch (ProcessBusy e) {
                throw new PaymentRefused(null, "grantapplication.error.busy");
            }
            if (!moved) {
                throw new IllegalStateException("Payment " + event.paymentId() + " does not wait for a payment run");
            }
            // the rest after the report's check: its execution closes the case
            process.settlementPaid(event.paymentId());
        }
        audit.record(
                event.applicationId(),
                null,
                "PAYMENT_RUN_" + event.action(),
                event.by(),
                clock.instant(),
                event.number() + "/" + event.runId());
    }

    /**
     * The recipient handed in the final report: no more payment requests, and the award's process
     * leaves its wait (with the reminders and an open follow-up). A report handed in before the
     * notice became final finds the process elsewhere; the award still records it.
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(FinalReportSubmitted event) {
        boolean corrected;
        try {
            corrected = process.correctionsReceived(event.applicationId());
        } catch (ProcessBusy e) {
            throw new FinalReportRefused("grantapplication.error.busy");
        }
        if (corrected) {
            // the corrected report goes back to the quick check, not to the award's wait
            audit.record(event.applicationId(), null, "FINAL_REPORT_RESUBMITTED", event.by(), clock.instant(), null);
            return;
        }
        awards.finalReportHandedIn(event.applicationId());
        try {
            process.finalReportReceived(event.applicationId());
        } catch (ProcessBusy e) {
            throw new FinalReportRefused("grantapplication.error.busy");
        }
        audit.record(event.applicationId(), null, "FINAL_REPORT_SUBMITTED", event.by(), clock.instant(), null);
    }

    /**
     * The recipient asked for more time for the final report: the clerk's decision opens beside the
     * wait for the report. Refused (and the request not stored) when the award does not wait for
     * the report: before the notice is final there is nothing to extend yet.
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(ReportExtensionRequested event) {
        boolean asked;
        try {
            asked = process.extensionRequested(event.applicationId());
        } catch (ProcessBusy e) {
            throw new FinalReportRefused("grantapplication.error.busy");
        }
        if (!asked) {
            throw new FinalReportRefused("finalreport.extension.error.not-waiting");
        }
        String wished = extensions
                .open(event.applicationId())
                .map(e -> e.requestedDate().toString())
                .orElse(null);
        audit.record(event.applicationId(), null, "REPORT_EXTENSION_REQUESTED", event.by(), clock.instant(), wished);
    }

    /** The recipient responded in the hearing: the decision on the reclaim need not wait for the deadline. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(HearingResponded event) {
        boolean moved;
        try {
            moved = process.hearingResponded(event.applicationId());
        } catch (ProcessBusy e) {
            throw new FinalReportRefused("grantapplication.error.busy");
        }
        if (!moved) {
            throw new FinalReportRefused(FinalReports.HEARING_CLOSED);
        }
        audit.record(event.applicationId(), null, "HEARING_RESPONDED", event.by(), clock.instant(), null);
    }
}
