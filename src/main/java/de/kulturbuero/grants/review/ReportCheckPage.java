package de.kulturbuero.grants.review;

import de.kulturbuero.grants.finalreport.ReportDraft;
import de.kulturbuero.grants.programme.ProgrammeRules;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the forms of the report's check show: the submitted report, the depth and why, the basis
 * of the figures (tolerance, financing type, granted, paid) so the form recomputes them live with
 * {@link #figures}, the check as stored (after a send-back, or for the reclaim steps) and the
 * reclaim so far.
 */
public record ReportCheckPage(
        String taskId,
        long applicationId,
        String referenceNumber,
        ReportDraft report,
        Optional<DepthDraw> draw,
        boolean inDepth,
        BigDecimal tolerance,
        ProgrammeRules rules,
        BigDecimal granted,
        BigDecimal paid,
        Optional<ReportCheck> check,
        List<ReceiptCheck> receipts,
        Optional<Reclaim> reclaim,
        String hearingResponse,
        LocalDate correctionsDueIfAskedToday,
        boolean mayAct,
        String barredReason) {

    /** The figures with these recognised amounts (by receipt position; missing = as claimed). */
    public ReportFigures figures(Map<Integer, BigDecimal> recognised) {
        return ReportFigures.compute(report, inDepth ? recognised : Map.of(), tolerance, rules, granted, paid);
    }
}
