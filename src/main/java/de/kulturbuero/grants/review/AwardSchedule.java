package de.kulturbuero.grants.review;

import de.kulturbuero.grants.grantapplication.GrantApplicationProcessing;
import de.kulturbuero.grants.payment.ReportDeadline;
import de.kulturbuero.grants.shared.i18n.Formats;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The award's periods and deadlines, from application properties. Called from BPMN process
 * 'grant-award' as {@code ${awardSchedule...}} in its timer definitions, so they are configuration.
 */
@Component("awardSchedule")
public class AwardSchedule {

    /** Reminders go out in the morning, Berlin time, not at midnight. */
    private static final LocalTime MORNING = LocalTime.of(8, 0);

    private final Period finality;
    private final ReportDeadline deadline;
    private final int reminderDaysBefore;
    private final GrantApplicationProcessing applications;

    AwardSchedule(
            @Value("${grants.award.finality-period:P1M}") Period finality,
            @Value("${grants.report.reminder-days-before:28}") int reminderDaysBefore,
            ReportDeadline deadline,
            GrantApplicationProcessing applications) {
        if (finality.isNegative() || finality.isZero()) {
            throw new IllegalStateException(
                    "grants.award.finality-period must be a positive ISO-8601 period, e.g. P1M");
        }
        if (reminderDaysBefore < 1) {
            throw new IllegalStateException("grants.report.reminder-days-before must be at least 1");
        }
        this.finality = finality;
        this.deadline = deadline;
        this.reminderDaysBefore = reminderDaysBefore;
        this.applications = applications;
    }

    /** Timer_Finality: the notice becomes final this long after it was issued (ISO-8601). */
    public String finalityPeriod() {
        return finality.toString();
    }

    /**
     * The day the final report is due (the project's end plus {@code grants.report.due-months}, or
     * the date of a granted extension). Read again each time the wait for the report begins, so a
     * granted extension moves the three timers (Boundary_DeadlineMoved loops back to it).
     */
    public LocalDate reportDueOn(long applicationId) {
        return deadline.dueOn(applicationId, applications.summary(applicationId).endDate());
    }

    /** Timer_ReportReminder: {@code grants.report.reminder-days-before} days before the due date. */
    public String reportReminderAt(Long applicationId) {
        return morning(reportDueOn(applicationId).minusDays(reminderDaysBefore));
    }

    /** Timer_ReportDue: the morning of the due date. */
    public String reportDueAt(Long applicationId) {
        return morning(reportDueOn(applicationId));
    }

    /** Timer_ReportOverdue: the morning after the due date, when the clerk follows up. */
    public String reportOverdueAt(Long applicationId) {
        return morning(reportDueOn(applicationId).plusDays(1));
    }

    private static String morning(LocalDate day) {
        Instant at = day.atTime(MORNING).atZone(Formats.ZONE).toInstant();
        return at.toString();
    }
}
