package de.kulturbuero.grants.review;

import de.kulturbuero.grants.payment.PaymentRelease;
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
 * The second pair of eyes (Task_OrderPayment): the payment order by a FINANCE officer who did
 * not check the payment, or a refusal. {@link PaymentRelease} refuses the checker and the
 * applicant whatever the caller.
 */
@Service
@PreAuthorize(Roles.FINANCES)
public class PaymentOrders {

    private final TaskGuard guard;
    private final GrantReviewProcess process;
    private final PaymentRelease payments;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final SettlementPayments settlementPayments;

    PaymentOrders(
            TaskGuard guard,
            GrantReviewProcess process,
            PaymentRelease payments,
            CurrentUser currentUser,
            AuditLog audit,
            Clock clock,
            SettlementPayments settlementPayments) {
        this.settlementPayments = settlementPayments;
        this.guard = guard;
        this.process = process;
        this.payments = payments;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void order(String taskId) {
        PortalUser me = currentUser.require();
        OpenTask task = held(taskId, me);
        payments.order(task.paymentId(), me.accountId());
        process.complete(taskId, Map.of(ProcessIds.VAR_PAYMENT_ORDERED, true));
        audit.record(task.applicationId(), taskId, "PAYMENT_ORDERED", me.accountId(), clock.instant(), number(task));
    }

    @Transactional
    public void refuse(String taskId, String reason) {
        PortalUser me = currentUser.require();
        OpenTask task = held(taskId, me);
        payments.refuse(task.paymentId(), me.accountId(), TaskGuard.blank(reason) ? null : TaskGuard.limit(reason));
        process.complete(taskId, Map.of(ProcessIds.VAR_PAYMENT_ORDERED, false));
        audit.record(task.applicationId(), taskId, "PAYMENT_REFUSED", me.accountId(), clock.instant(), number(task));
        settlementPayments.afterRefusal(task.applicationId(), task.paymentId(), me.accountId());
    }

    private OpenTask held(String taskId, PortalUser me) {
        OpenTask task = guard.actionable(taskId);
        guard.refuseOwnReview(task, me.accountId(), "payment.release.error.same-officer");
        return guard.heldByMe(task, Set.of(ProcessIds.TASK_ORDER_PAYMENT));
    }

    private String number(OpenTask task) {
        return String.valueOf(payments.payment(task.paymentId()).number());
    }
}
