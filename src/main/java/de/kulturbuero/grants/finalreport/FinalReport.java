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
        ReportDraft content,
        OfficeRequests office) {

    /**
     * A draft is saved at every change; a submitted report no longer changes, unless the office
     * reopens it for corrections.
     */
    public enum Status {
        DRAFT,
        SUBMITTED,
        CORRECTION
    }

    /** Open for the recipient's corrections, with the office's text and reply deadline in {@link #office()}. */
    public boolean isReopened() {
        return status == Status.CORRECTION;
    }

    /** A hearing before a reclaim waits for the recipient's response. */
    public boolean hearingOpen() {
        return office.hearingDue() != null && office.hearingRespondedAt() == null;
    }

    public boolean isSubmitted() {
        return status == Status.SUBMITTED;
    }
}
