package de.kulturbuero.grants.payment;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When an award's final report is due: {@code grants.report.due-months} after the project's
 * end, unless the office granted a later date on the recipient's request. One rule for the report
 * page and the award process's reminders.
 */
@Component
public class ReportDeadline {

    private final int dueMonths;
    private final ObjectProvider<ReportDueDateExtensions> extensions;

    ReportDeadline(
            @Value("${grants.report.due-months:6}") int dueMonths, ObjectProvider<ReportDueDateExtensions> extensions) {
        if (dueMonths < 1) {
            throw new IllegalStateException("grants.report.due-months must be at least 1");
        }
        this.dueMonths = dueMonths;
        this.extensions = extensions;
    }

    /** The due date by the rule alone (no extension); null for a project without an end date. */
    public LocalDate dueOn(LocalDate projectEnd) {
        return projectEnd == null ? null : projectEnd.plusMonths(dueMonths);
    }

    /**
     * The application's due date: the latest extension granted, else the rule's; null for a
     * project without an end date and without an extension.
     */
    public LocalDate dueOn(long applicationId, LocalDate projectEnd) {
        Optional<LocalDate> extended =
                Optional.ofNullable(extensions.getIfAvailable()).flatMap(e -> e.extendedDueDate(applicationId));
        return extended.orElseGet(() -> dueOn(projectEnd));
    }
}
