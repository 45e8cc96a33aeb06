package de.kulturbuero.grants.payment;

import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When an award's final report is due: {@code grants.report.due-months} after the project's
 * end. One rule for the report page and the award process's reminders.
 */
@Component
public class ReportDeadline {

    private final int dueMonths;

    ReportDeadline(@Value("${grants.report.due-months:6}") int dueMonths) {
        if (dueMonths < 1) {
            throw new IllegalStateException("grants.report.due-months must be at least 1");
        }
        this.dueMonths = dueMonths;
    }

    /** The due date; null for a project without an end date. */
    public LocalDate dueOn(LocalDate projectEnd) {
        return projectEnd == null ? null : projectEnd.plusMonths(dueMonths);
    }
}
