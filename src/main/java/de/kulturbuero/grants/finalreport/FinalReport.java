package de.kulturbuero.grants.finalreport;

import de.kulturbuero.grants.grantapplication.ApplicationSummary;
import java.time.Instant;
import java.time.LocalDate;

/** A final report as its page shows it: the application, when the report is due, its state and its content. */
public record FinalReport(
        ApplicationSummary application,
        LocalDate dueDate,
        Status status,
        Instant savedAt,
        Instant submittedAt,
        boolean hasReceipt,
        ReportDraft content) {

    /** A draft is saved at every change; a submitted report no longer changes. */
    public enum Status {
        DRAFT,
        SUBMITTED
    }

    public boolean isSubmitted() {
        return status == Status.SUBMITTED;
    }
}
