package de.kulturbuero.grants.review;

import de.kulturbuero.grants.finalreport.ReportDraft;
import de.kulturbuero.grants.finalreport.ReportsForOffice;
import de.kulturbuero.grants.review.domain.AuditLog;
import de.kulturbuero.grants.review.domain.ReportCheckRows;
import de.kulturbuero.grants.review.process.GrantReviewProcess;
import de.kulturbuero.grants.review.process.OpenTask;
import de.kulturbuero.grants.review.process.ProcessIds;
import de.kulturbuero.grants.security.CurrentUser;
import de.kulturbuero.grants.security.PortalUser;
import de.kulturbuero.grants.security.Roles;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clerk's steps of the check of the final report: the quick check (Task_QuickCheck: go on, or
 * reopen the report for corrections) and the check itself (Task_CheckReport: the recognised
 * amount per receipt, the check note, stored with the settlement it leads to).
 */
@Service
public class ReportChecks {

    /** A recognised amount and why it is less than claimed (required then). */
    public record Recognised(BigDecimal amount, String reason) {}

    private final TaskGuard guard;
    private final GrantReviewProcess process;
    private final ReportCheckPages pages;
    private final ReportsForOffice reports;
    private final ReportCheckRows rows;
    private final CaseNotifications notifications;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    ReportChecks(
            TaskGuard guard,
            GrantReviewProcess process,
            ReportCheckPages pages,
            ReportsForOffice reports,
            ReportCheckRows rows,
            CaseNotifications notifications,
            CurrentUser currentUser,
            AuditLog audit,
            Clock clock) {
        this.guard = guard;
        this.process = process;
        this.pages = pages;
        this.reports = reports;
        this.rows = rows;
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Everything the form of one of the check's steps shows. Any officer may read it; only the step's role may act. */
    @PreAuthorize(Roles.ANY_OFFICER)
    @Transactional(readOnly = true)
    public ReportCheckPage page(String taskId) {
        return pages.page(taskId);
    }

    /**
     * Task_QuickCheck: the report is complete and plausible (go on), or it is reopened for the
     * recipient with the office's text until the reply deadline.
     */
    @PreAuthorize(Roles.CLERKS)
    @Transactional
    public void quickCheck(String taskId, boolean corrections, String text) {
        PortalUser me = currentUser.require();
        if (corrections && TaskGuard.blank(text)) {
            throw new ReviewRefused("review.check.error.corrections-text");
        }
        OpenTask task = guard.heldByMe(taskId, Set.of(ProcessIds.TASK_QUICK_CHECK));
        long id = task.applicationId();
        String detail = null;
        if (corrections) {
            detail = TaskGuard.limit(text);
            LocalDate due = pages.page(taskId).correctionsDueIfAskedToday();
            if (!reports.reopen(id, detail, due)) {
                throw new ReviewRefused("review.check.error.not-submitted");
            }
            notifications.settlement(id, "report-corrections", due, null);
        }
        process.complete(
                taskId,
                Map.of(
                        ProcessIds.VAR_QUICK_CHECK_OUTCOME,
                        corrections ? ProcessIds.OUTCOME_CORRECTIONS : ProcessIds.OUTCOME_GO_ON));
        audit.record(
                id,
                taskId,
                corrections ? "CHECK_CORRECTIONS_ASKED" : "QUICK_CHECK_PASSED",
                me.accountId(),
                clock.instant(),
                detail);
    }

    /**
     * Task_CheckReport: stores the check with its figures and completes the step; a negative
     * balance proposes a reclaim (to the second pair of eyes), otherwise the check is accepted.
     * In the quick-only route every receipt is recognised as claimed.
     *
     * @param recognised by receipt position; a receipt missing here is recognised as claimed
     * @return the figures stored
     */
    @PreAuthorize(Roles.CLERKS)
    @Transactional
    public ReportFigures check(String taskId, Map<Integer, Recognised> recognised, String note) {
        PortalUser me = currentUser.require();
        if (TaskGuard.blank(note)) {
            throw new ReviewRefused("review.check.error.note-missing");
        }
        String text = TaskGuard.limit(note);
        guard.heldByMe(taskId, Set.of(ProcessIds.TASK_CHECK_REPORT));
        ReportCheckPage page = pages.page(taskId);
        List<ReportDraft.Receipt> receipts = page.report().getReceipts();
        Map<Integer, BigDecimal> amounts = new HashMap<>();
        List<ReceiptCheck> stored = new ArrayList<>();
        for (int r = 0; r < receipts.size(); r++) {
            ReportDraft.Receipt receipt = receipts.get(r);
            BigDecimal claimed = receipt.getAmountEur() == null ? BigDecimal.ZERO : receipt.getAmountEur();
            Recognised given = page.inDepth() ? recognised.get(r) : null;
            BigDecimal amount = given == null || given.amount() == null ? claimed : given.amount();
            if (amount.signum() < 0 || amount.compareTo(claimed) > 0 || amount.scale() > 2) {
                throw new ReviewRefused("review.check.error.recognised-range");
            }
            String reason = given == null || TaskGuard.blank(given.reason())
                    ? null
                    : given.reason().strip();
            if (amount.compareTo(claimed) < 0 && reason == null) {
                throw new ReviewRefused("review.check.error.reason-missing");
            }
            if (reason != null && reason.length() > 1000) {
                throw new ReviewRefused("review.error.text-too-long");
            }
            amounts.put(r, amount);
            stored.add(new ReceiptCheck(r, receipt.getLine(), claimed, amount, reason));
        }
        ReportFigures figures = page.figures(amounts);
        String outcome =
                figures.settlement().balance().signum() < 0 ? ProcessIds.OUTCOME_RECLAIM : ProcessIds.OUTCOME_ACCEPT;
        rows.saveCheck(
                new ReportCheck(
                        page.applicationId(),
                        page.inDepth(),
                        figures.recognisedEligible(),
                        figures.nonEligible(),
                        figures.actualIncome(),
                        figures.granted(),
                        figures.recomputedGrant(),
                        figures.paid(),
                        figures.settlement().balance(),
                        outcome,
                        text,
                        me.accountId(),
                        clock.instant(),
                        null,
                        null),
                stored);
        process.complete(
                taskId,
                Map.of(
                        ProcessIds.VAR_CHECK_OUTCOME,
                        outcome,
                        ProcessIds.VAR_CHECKED_BY,
                        String.valueOf(me.accountId())));
        audit.record(
                page.applicationId(),
                taskId,
                "REPORT_CHECKED",
                me.accountId(),
                clock.instant(),
                outcome + " " + figures.settlement().balance().toPlainString());
        return figures;
    }
}
