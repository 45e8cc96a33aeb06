package de.kulturbuero.grants.review;

import de.kulturbuero.grants.finalreport.ReportsForOffice;
import de.kulturbuero.grants.grantapplication.ApplicationSummary;
import de.kulturbuero.grants.grantapplication.GrantApplicationProcessing;
import de.kulturbuero.grants.payment.Awards;
import de.kulturbuero.grants.review.domain.AuditLog;
import de.kulturbuero.grants.review.domain.ReportCheckRows;
import de.kulturbuero.grants.settlement.SampleDraw;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Beans called from BPMN process 'grant-settlement' as {@code ${settlementTasks...}}, inside the
 * engine's transaction; no {@code @PreAuthorize} (timers and asynchronous steps run without a
 * signed-in user).
 */
@Component("settlementTasks")
public class SettlementTasks {

    private static final SecureRandom SEEDS = new SecureRandom();

    private final ReportCheckRows rows;
    private final Awards awards;
    private final GrantApplicationProcessing applications;
    private final ReportsForOffice reports;
    private final CaseNotifications notifications;
    private final SettlementLetters letters;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    SettlementTasks(
            ReportCheckRows rows,
            Awards awards,
            GrantApplicationProcessing applications,
            ReportsForOffice reports,
            CaseNotifications notifications,
            SettlementLetters letters,
            ApplicationEventPublisher events,
            AuditLog audit,
            Clock clock) {
        this.rows = rows;
        this.awards = awards;
        this.applications = applications;
        this.reports = reports;
        this.notifications = notifications;
        this.letters = letters;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Task_DecideDepth: in depth above the programme's threshold, else drawn in its sample; the
     * draw is recorded with its seed, value, share and threshold. A case drawn before (the check
     * came back from corrections) keeps its first draw.
     */
    public boolean decideDepth(Long applicationId) {
        Optional<DepthDraw> earlier = rows.draw(applicationId);
        if (earlier.isPresent()) {
            return earlier.get().inDepth();
        }
        ApplicationSummary a = applications.summary(applicationId);
        CheckTerms terms = rows.terms(applicationId);
        BigDecimal granted = awards.find(applicationId).orElseThrow().granted();
        byte[] bytes = new byte[16];
        SEEDS.nextBytes(bytes);
        String seed = HexFormat.of().formatHex(bytes);
        SampleDraw.Result result = SampleDraw.decide(
                granted, terms.threshold(), terms.sampleShare(), SampleDraw.value(a.referenceNumber(), seed));
        return record(applicationId, a.referenceNumber(), seed, result);
    }

    /** Records a draw made with a known seed (also for tests that need a given result). */
    boolean record(long applicationId, String referenceNumber, String seed, SampleDraw.Result result) {
        Instant now = clock.instant();
        rows.insertDraw(new DepthDraw(
                applicationId,
                referenceNumber,
                seed,
                result.value(),
                result.share(),
                result.threshold(),
                result.granted(),
                result.inDepth(),
                result.reason().name(),
                now));
        audit.record(
                applicationId,
                null,
                "CHECK_DEPTH_DECIDED",
                null,
                now,
                result.reason().name() + " " + result.value().toPlainString() + " / "
                        + result.share().toPlainString());
        return result.inDepth();
    }

    /** Task_CorrectionsExpired (Timer_CorrectionsDue): no corrected report came; it closes as it stands. */
    public void correctionsExpired(Long applicationId) {
        reports.closeCorrections(applicationId);
        audit.record(applicationId, null, "CORRECTIONS_EXPIRED", null, clock.instant(), null);
    }

    /**
     * Task_Settle (check accepted): the recomputed grant goes to the award; a rest still to pay
     * becomes a payment through 'grant-payment'. Returns its id, null when nothing is to pay.
     */
    public Long settle(Long applicationId) {
        ReportCheck check = rows.check(applicationId).orElseThrow();
        Optional<Long> payment = awards.settle(applicationId, check.recomputedGrant());
        letters.checkNote(applicationId);
        audit.record(
                applicationId,
                null,
                "SETTLED",
                null,
                clock.instant(),
                check.recomputedGrant().toPlainString() + " / "
                        + check.balance().toPlainString());
        return payment.orElse(null);
    }

    /** Task_HearingLetter (asynchronous): the hearing letter and its mail; the report page takes the response. */
    public void hearing(Long applicationId) {
        Reclaim reclaim = rows.reclaim(applicationId).orElseThrow();
        reports.openHearing(applicationId, reclaim.hearingDue());
        letters.checkNote(applicationId);
        letters.hearingLetter(applicationId);
        notifications.settlement(applicationId, "hearing", reclaim.hearingDue(), reclaim.proposed());
        audit.record(
                applicationId,
                null,
                "HEARING_OPENED",
                null,
                clock.instant(),
                reclaim.hearingDue().toString());
    }

    /** Flow_HearingDeadlinePassed (Timer_HearingDeadline): no response came; the hearing closes. */
    public void hearingClosed(Long applicationId) {
        reports.closeHearing(applicationId);
        audit.record(applicationId, null, "HEARING_CLOSED", null, clock.instant(), null);
    }

    /** Task_ReclaimNotice (asynchronous): the reclaim notice as decided, and its mail. */
    public void reclaimNotice(Long applicationId) {
        Reclaim reclaim = rows.reclaim(applicationId).orElseThrow();
        letters.reclaimNotice(applicationId);
        BigDecimal total = reclaim.amount().add(reclaim.interest() == null ? BigDecimal.ZERO : reclaim.interest());
        notifications.settlement(applicationId, "reclaim-notice", reclaim.dueDate(), total);
        audit.record(applicationId, null, "RECLAIM_NOTICE_ISSUED", null, clock.instant(), total.toPlainString());
    }

    /** Task_CloseCase: status CLOSED with its time; {@link CaseClosed} goes out in this transaction. */
    public void close(Long applicationId) {
        Instant closedAt = applications.close(applicationId);
        audit.record(applicationId, null, "CASE_CLOSED", null, closedAt, null);
        events.publishEvent(new CaseClosed(applicationId, closedAt));
    }
}
