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

/** The first pair of eyes on a payment (Task_CheckPayment): factually and arithmetically correct, or refused. */
@Service
@PreAuthorize(Roles.CLERKS)
public class PaymentChecks {

    private final TaskGuard guard;
    private final GrantReviewProcess process;
    private final PaymentRelease payments;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final SettlementPayments settlementPayments;

    PaymentChecks(
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
    public void confirm(String taskId) {
        PortalUser me = currentUser.require();
        OpenTask task = guard.heldByMe(taskId, Set.of(ProcessIds.TASK_CHECK_PAYMENT));
        payments.confirmChecked(task.paymentId(), me.accountId());
        process.complete(
                taskId,
                Map.of(
                        ProcessIds.VAR_PAYMENT_CHECKED,
                        true,
                        ProcessIds.VAR_PAYMENT_CHECKED_BY,
                        String.valueOf(me.accountId())));
        audit.record(task.applicationId(), taskId, "PAYMENT_CHECKED", me.accountId(), clock.instant(), number(task));
    }

    @Transactional
    public void refuse(String taskId, String reason) {
        PortalUser me = currentUser.require();
        OpenTask task = guard.heldByMe(taskId, Set.of(ProcessIds.TASK_CHECK_PAYMENT));
        payments.refuse(task.paymentId(), me.accountId(), TaskGuard.blank(reason) ? null : TaskGuard.limit(reason));
        process.complete(taskId, Map.of(ProcessIds.VAR_PAYMENT_CHECKED, false));
        audit.record(task.applicationId(), taskId, "PAYMENT_REFUSED", me.accountId(), clock.instant(), number(task));
        settlementPayments.afterRefusal(task.applicationId(), task.paymentId(), me.accountId());
    }

    private String number(OpenTask task) {
        return String.valueOf(payments.payment(task.paymentId()).number());
    }
}
