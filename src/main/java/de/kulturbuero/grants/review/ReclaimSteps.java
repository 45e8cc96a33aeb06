package de.kulturbuero.grants.review;

import de.kulturbuero.grants.review.domain.AuditLog;
import de.kulturbuero.grants.review.domain.ReportCheckRows;
import de.kulturbuero.grants.review.process.GrantReviewProcess;
import de.kulturbuero.grants.review.process.OpenTask;
import de.kulturbuero.grants.review.process.ProcessIds;
import de.kulturbuero.grants.security.CurrentUser;
import de.kulturbuero.grants.security.PortalUser;
import de.kulturbuero.grants.security.Roles;
import de.kulturbuero.grants.settlement.BaseRateMissing;
import de.kulturbuero.grants.settlement.BaseRates;
import de.kulturbuero.grants.settlement.ReclaimInterest;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of a reclaim after the check of the final report: the second pair of eyes confirms it
 * or sends it back (Task_ConfirmReclaim, never the checker), the clerk decides the amount and the
 * interest after the hearing (Task_DecideReclaim), the cash office confirms the repayment or
 * sends a reminder (Task_ConfirmRepayment).
 */
@Service
public class ReclaimSteps {

    private final TaskGuard guard;
    private final GrantReviewProcess process;
    private final ReportCheckRows rows;
    private final SettlementSchedule schedule;
    private final BaseRates baseRates;
    private final CaseNotifications notifications;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    ReclaimSteps(
            TaskGuard guard,
            GrantReviewProcess process,
            ReportCheckRows rows,
            SettlementSchedule schedule,
            BaseRates baseRates,
            CaseNotifications notifications,
            CurrentUser currentUser,
            AuditLog audit,
            Clock clock) {
        this.guard = guard;
        this.process = process;
        this.rows = rows;
        this.schedule = schedule;
        this.baseRates = baseRates;
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Task_ConfirmReclaim: the reclaim goes to the hearing. Refused for the officer who did the check. */
    @PreAuthorize(Roles.CLERKS)
    @Transactional
    public void confirm(String taskId) {
        PortalUser me = currentUser.require();
        OpenTask task = secondPair(taskId, me);
        long id = task.applicationId();
        ReportCheck check = rows.check(id).orElseThrow();
        LocalDate due = schedule.hearingDueOn();
        rows.confirmCheck(id, me.accountId(), clock.instant());
        rows.openReclaim(id, check.balance().negate(), clock.instant(), due);
        process.complete(taskId, Map.of(ProcessIds.VAR_RECLAIM_CONFIRMED, true));
        audit.record(
                id,
                taskId,
                "RECLAIM_CONFIRMED",
                me.accountId(),
                clock.instant(),
                check.balance().negate().toPlainString());
    }

    /** Task_ConfirmReclaim: back to the check, with the reason. */
    @PreAuthorize(Roles.CLERKS)
    @Transactional
    public void sendBack(String taskId, String reason) {
        PortalUser me = currentUser.require();
        if (TaskGuard.blank(reason)) {
            throw new ReviewRefused("review.reclaim.error.reason-missing");
        }
        OpenTask task = secondPair(taskId, me);
        process.complete(taskId, Map.of(ProcessIds.VAR_RECLAIM_CONFIRMED, false));
        audit.record(
                task.applicationId(),
                taskId,
                "RECLAIM_SENT_BACK",
                me.accountId(),
                clock.instant(),
                TaskGuard.limit(reason));
    }

    private OpenTask secondPair(String taskId, PortalUser me) {
        OpenTask task = guard.actionable(taskId);
        guard.refuseOwnReview(task, me.accountId(), "review.check.error.same-officer");
        return guard.heldByMe(task, Set.of(ProcessIds.TASK_CONFIRM_RECLAIM));
    }

    /**
     * Task_DecideReclaim: the amount (at most the proposed one; lower after the response), and the
     * interest from the notice's date until its due date over the base rates, unless waived with a
     * reason. Refused when a base rate the interest needs is not in the table yet.
     *
     * @return the interest, null when waived
     */
    @PreAuthorize(Roles.CLERKS)
    @Transactional
    public ReclaimInterest.Result decide(String taskId, BigDecimal amount, boolean waiveInterest, String waiverReason) {
        PortalUser me = currentUser.require();
        OpenTask task = guard.heldByMe(taskId, Set.of(ProcessIds.TASK_DECIDE_RECLAIM));
        long id = task.applicationId();
        Reclaim reclaim = rows.reclaim(id).orElseThrow();
        if (amount == null || amount.signum() <= 0 || amount.scale() > 2 || amount.compareTo(reclaim.proposed()) > 0) {
            throw new ReviewRefused("review.reclaim.error.amount");
        }
        if (waiveInterest && TaskGuard.blank(waiverReason)) {
            throw new ReviewRefused("review.reclaim.error.waiver-reason");
        }
        LocalDate noticeDate = schedule.today();
        LocalDate due = schedule.reclaimDueOn(noticeDate);
        ReclaimInterest.Result interest = null;
        if (!waiveInterest) {
            try {
                interest = ReclaimInterest.compute(amount, noticeDate, due, baseRates.table());
            } catch (BaseRateMissing missing) {
                throw new ReviewRefused("review.reclaim.error.base-rate-missing");
            }
        }
        String reason = waiveInterest ? TaskGuard.limit(waiverReason) : null;
        rows.decideReclaim(id, amount, waiveInterest, reason, me.accountId(), clock.instant());
        rows.noticeIssued(id, noticeDate, due, interest == null ? null : interest.total(), clock.instant());
        process.complete(taskId, Map.of());
        audit.record(
                id,
                taskId,
                waiveInterest ? "RECLAIM_INTEREST_WAIVED" : "RECLAIM_DECIDED",
                me.accountId(),
                clock.instant(),
                amount.toPlainString() + (reason == null ? "" : " " + reason));
        return interest;
    }

    /** Task_ConfirmRepayment: a reminder to the recipient; the task stays open. */
    @PreAuthorize(Roles.FINANCES)
    @Transactional
    public void remind(String taskId) {
        PortalUser me = currentUser.require();
        OpenTask task = guard.heldByMe(taskId, Set.of(ProcessIds.TASK_CONFIRM_REPAYMENT));
        Reclaim reclaim = rows.reclaim(task.applicationId()).orElseThrow();
        rows.reminded(task.applicationId(), clock.instant());
        notifications.settlement(task.applicationId(), "reclaim-reminder", reclaim.dueDate(), owed(reclaim));
        audit.record(task.applicationId(), taskId, "REPAYMENT_REMINDED", me.accountId(), clock.instant(), null);
    }

    /** Task_ConfirmRepayment: the money came back on {@code on} (not in the future). */
    @PreAuthorize(Roles.FINANCES)
    @Transactional
    public void confirmRepayment(String taskId, LocalDate on, BigDecimal amount) {
        PortalUser me = currentUser.require();
        if (on == null || on.isAfter(schedule.today())) {
            throw new ReviewRefused("review.repayment.error.date");
        }
        if (amount == null || amount.signum() <= 0 || amount.scale() > 2) {
            throw new ReviewRefused("review.repayment.error.amount");
        }
        OpenTask task = guard.heldByMe(taskId, Set.of(ProcessIds.TASK_CONFIRM_REPAYMENT));
        rows.repaid(task.applicationId(), on, amount, me.accountId());
        process.complete(taskId, Map.of());
        audit.record(
                task.applicationId(),
                taskId,
                "REPAYMENT_CONFIRMED",
                me.accountId(),
                clock.instant(),
                amount.toPlainString() + " " + on);
    }

    /** The amount the notice asks for: the reclaim and its interest. */
    static BigDecimal owed(Reclaim reclaim) {
        return reclaim.amount().add(reclaim.interest() == null ? BigDecimal.ZERO : reclaim.interest());
    }
}
