package de.kulturbuero.grants.review;

import de.kulturbuero.grants.finalreport.ReportDraft;
import de.kulturbuero.grants.finalreport.ReportsForOffice;
import de.kulturbuero.grants.grantapplication.ApplicationRules;
import de.kulturbuero.grants.payment.Awards;
import de.kulturbuero.grants.review.domain.ReportCheckRows;
import de.kulturbuero.grants.review.process.OpenTask;
import de.kulturbuero.grants.review.process.ProcessIds;
import de.kulturbuero.grants.security.CurrentUser;
import de.kulturbuero.grants.security.PortalUser;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads what the forms of the final report's check show ({@link ReportCheckPage}); the callers
 * ({@link ReportChecks}) check who may read it.
 */
@Component
class ReportCheckPages {

    static final Set<String> STEPS = Set.of(
            ProcessIds.TASK_QUICK_CHECK,
            ProcessIds.TASK_CHECK_REPORT,
            ProcessIds.TASK_CONFIRM_RECLAIM,
            ProcessIds.TASK_DECIDE_RECLAIM,
            ProcessIds.TASK_CONFIRM_REPAYMENT);

    private final TaskGuard guard;
    private final ReportsForOffice reports;
    private final ApplicationRules rules;
    private final Awards awards;
    private final ReportCheckRows rows;
    private final SettlementSchedule schedule;
    private final CurrentUser currentUser;

    ReportCheckPages(
            TaskGuard guard,
            ReportsForOffice reports,
            ApplicationRules rules,
            Awards awards,
            ReportCheckRows rows,
            SettlementSchedule schedule,
            CurrentUser currentUser) {
        this.guard = guard;
        this.reports = reports;
        this.rules = rules;
        this.awards = awards;
        this.rows = rows;
        this.schedule = schedule;
        this.currentUser = currentUser;
    }

    /** Everything the form of one of the check's steps shows. */
    @Transactional(readOnly = true)
    ReportCheckPage page(String taskId) {
        OpenTask task = guard.open(taskId);
        if (!STEPS.contains(task.step())) {
            throw new ReviewRefused("review.error.wrong-step");
        }
        long id = task.applicationId();
        ReportDraft report = reports.content(id).orElseThrow();
        var draw = rows.draw(id);
        boolean inDepth = draw.map(DepthDraw::inDepth).orElse(false);
        BigDecimal tolerance = rows.terms(id).lineTolerance();
        PortalUser me = currentUser.require();
        String barred =
                Objects.equals(guard.excludedAccount(task), me.accountId()) ? "review.check.error.same-officer" : null;
        return new ReportCheckPage(
                taskId,
                id,
                task.referenceNumber(),
                report,
                draw,
                inDepth,
                tolerance == null ? ReportFigures.DEFAULT_TOLERANCE : tolerance,
                rules.rulesOf(id).orElseThrow(),
                awards.find(id).orElseThrow().granted(),
                awards.released(id),
                rows.check(id),
                rows.receipts(id),
                rows.reclaim(id),
                reports.requests(id).hearingResponse(),
                schedule.correctionsDueOn(),
                guard.holdsCandidateGroup(task) && barred == null,
                barred);
    }
}
