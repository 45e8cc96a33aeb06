package de.kulturbuero.grants.review;

import de.kulturbuero.grants.grantapplication.ApplicantActionRefused;
import de.kulturbuero.grants.grantapplication.GrantApplicationProcessing;
import de.kulturbuero.grants.grantapplication.InquiryAnswered;
import de.kulturbuero.grants.grantapplication.WithdrawalRequested;
import de.kulturbuero.grants.review.domain.AuditLog;
import de.kulturbuero.grants.review.domain.InboxTasks;
import de.kulturbuero.grants.review.process.GrantReviewProcess;
import de.kulturbuero.grants.review.process.ProcessBusy;
import java.time.Clock;
import java.util.function.BooleanSupplier;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applicant's part in the running process, synchronously in the applicant's transaction:
 * an answer continues the process waiting for it, a withdrawal ends it. When the process is not
 * where the applicant's action needs it (the deadline passed, the decision was made), the
 * action is refused and rolled back with it.
 */
@Component
class ApplicantEvents {

    private final GrantReviewProcess process;
    private final GrantApplicationProcessing applications;
    private final InboxTasks inbox;
    private final AuditLog audit;
    private final Clock clock;

    ApplicantEvents(
            GrantReviewProcess process,
            GrantApplicationProcessing applications,
            InboxTasks inbox,
            AuditLog audit,
            Clock clock) {
        this.process = process;
        this.applications = applications;
        this.inbox = inbox;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(InquiryAnswered event) {
        if (!unlessBusy(() -> process.answerInquiry(event.applicationId()))) {
            throw new ApplicantActionRefused("grantapplication.inquiry.error.none-open");
        }
        inbox.updateTitle(
                event.applicationId(),
                applications.summary(event.applicationId()).title());
        audit.record(
                event.applicationId(),
                null,
                "INQUIRY_ANSWERED",
                applications.applicantId(event.applicationId()),
                clock.instant(),
                null);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(WithdrawalRequested event) {
        // the window itself is ApplicationStatus.isWithdrawable, checked before this event; the process refuses
        // only when it no longer waits for a withdrawal (ended, e.g. by a concurrent decision)
        if (!unlessBusy(() -> process.withdraw(event.applicationId()))) {
            throw new ApplicantActionRefused("grantapplication.withdraw.error.too-late");
        }
    }

    /** The engine's answer, or a translated "try again" when an engine job changed the case at the same instant. */
    private static boolean unlessBusy(BooleanSupplier engineCall) {
        try {
            return engineCall.getAsBoolean();
        } catch (ProcessBusy e) {
            throw new ApplicantActionRefused("grantapplication.error.busy");
        }
    }
}
