package de.kulturbuero.grants.review;

import de.kulturbuero.grants.finalreport.ReportsForOffice;
import de.kulturbuero.grants.review.domain.ReportCheckRows;
import de.kulturbuero.grants.shared.i18n.Formats;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Deadlines of the check of the final report, from application properties: the reply deadline
 * for corrections ({@code grants.check.correction-days}, default 21 like the inquiry), the
 * hearing before a reclaim ({@code grants.check.hearing-days}, 14) and the reclaim notice's due
 * date ({@code grants.check.reclaim-due-days}, 30). Called from BPMN process 'grant-settlement'
 * as {@code ${settlementSchedule...}} in the timer definitions; a deadline ends at 08:00 on the
 * day after its last day, in the office's time zone.
 */
@Component("settlementSchedule")
public class SettlementSchedule {

    private final int correctionDays;
    private final int hearingDays;
    private final int reclaimDueDays;
    private final ReportsForOffice reports;
    private final ReportCheckRows rows;
    private final Clock clock;

    SettlementSchedule(
            @Value("${grants.check.correction-days:21}") int correctionDays,
            @Value("${grants.check.hearing-days:14}") int hearingDays,
            @Value("${grants.check.reclaim-due-days:30}") int reclaimDueDays,
            ReportsForOffice reports,
            ReportCheckRows rows,
            Clock clock) {
        if (correctionDays < 1 || hearingDays < 1 || reclaimDueDays < 1) {
            throw new IllegalStateException("grants.check.*-days must be at least 1");
        }
        this.correctionDays = correctionDays;
        this.hearingDays = hearingDays;
        this.reclaimDueDays = reclaimDueDays;
        this.reports = reports;
        this.rows = rows;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.ZONE));
    }

    /** The last day to send the corrected report, counted from today. */
    LocalDate correctionsDueOn() {
        return today().plusDays(correctionDays);
    }

    /** The last day to respond in the hearing, counted from today. */
    LocalDate hearingDueOn() {
        return today().plusDays(hearingDays);
    }

    /** The reclaim notice's due date for a notice dated {@code noticeDate}. */
    LocalDate reclaimDueOn(LocalDate noticeDate) {
        return noticeDate.plusDays(reclaimDueDays);
    }

    /** Timer_CorrectionsDue: the morning after the reply deadline stored with the report. */
    public Date correctionsDueAt(Long applicationId) {
        return morningAfter(reports.requests(applicationId).correctionDue());
    }

    /** Timer_HearingDeadline: the morning after the hearing's last day. */
    public Date hearingDueAt(Long applicationId) {
        return morningAfter(rows.reclaim(applicationId).orElseThrow().hearingDue());
    }

    private static Date morningAfter(LocalDate lastDay) {
        return Date.from(lastDay.plusDays(1)
                .atTime(LocalTime.of(8, 0))
                .atZone(Formats.ZONE)
                .toInstant());
    }
}
