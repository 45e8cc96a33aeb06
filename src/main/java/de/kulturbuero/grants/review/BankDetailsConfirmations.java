package de.kulturbuero.grants.review;

import de.kulturbuero.grants.payment.BankDetailsConfirmation;
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

/** Task_ConfirmBankDetails: a second person confirms or rejects bank details changed after the first payment order. */
@Service
@PreAuthorize(Roles.CLERKS)
public class BankDetailsConfirmations {

    private final TaskGuard guard;
    private final GrantReviewProcess process;
    private final BankDetailsConfirmation bankDetails;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    BankDetailsConfirmations(
            TaskGuard guard,
            GrantReviewProcess process,
            BankDetailsConfirmation bankDetails,
            CurrentUser currentUser,
            AuditLog audit,
            Clock clock) {
        this.guard = guard;
        this.process = process;
        this.bankDetails = bankDetails;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Confirms the change shown to the officer ({@code bankDetailsId}); refused when a newer one arrived meanwhile. */
    @Transactional
    public void confirm(String taskId, long bankDetailsId) {
        PortalUser me = currentUser.require();
        OpenTask task = guard.heldByMe(taskId, Set.of(ProcessIds.TASK_CONFIRM_BANK_DETAILS));
        bankDetails.confirm(task.applicationId(), bankDetailsId, me.accountId());
        process.complete(taskId, Map.of());
        audit.record(task.applicationId(), taskId, "BANK_DETAILS_CONFIRMED", me.accountId(), clock.instant(), null);
    }

    @Transactional
    public void reject(String taskId, long bankDetailsId, String reason) {
        PortalUser me = currentUser.require();
        OpenTask task = guard.heldByMe(taskId, Set.of(ProcessIds.TASK_CONFIRM_BANK_DETAILS));
        bankDetails.reject(
                task.applicationId(),
                bankDetailsId,
                me.accountId(),
                TaskGuard.blank(reason) ? null : TaskGuard.limit(reason));
        process.complete(taskId, Map.of());
        audit.record(task.applicationId(), taskId, "BANK_DETAILS_REJECTED", me.accountId(), clock.instant(), null);
    }
}
