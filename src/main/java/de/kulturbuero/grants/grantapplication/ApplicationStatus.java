package de.kulturbuero.grants.grantapplication;

/**
 * The public status an applicant sees. Only the review process moves it after submission
 * (through {@link GrantApplicationProcessing}); no view or service sets it beside the process.
 */
public enum ApplicationStatus {
    DRAFT,
    SUBMITTED,
    FORMAL_CHECK,
    /** A follow-up question waits for the applicant's answer. */
    INQUIRY,
    CONTENT_REVIEW,
    DECISION,
    APPROVED,
    REJECTED,
    /** The formal check found the application ineligible. */
    INELIGIBLE,
    WITHDRAWN,
    /** The final report is in; the office checks it and settles the grant. */
    REPORT_CHECK,
    /** The report is checked and the grant settled (the rest paid or the reclaim repaid). */
    CLOSED;

    /**
     * The withdrawal window, decided here and nowhere else: before the decision. The process
     * sets APPROVED, REJECTED or INELIGIBLE on the flow that leaves the deciding step, in the
     * same transaction, so a notice step that is still running is already outside the window.
     */
    public boolean isWithdrawable() {
        return this == SUBMITTED
                || this == FORMAL_CHECK
                || this == INQUIRY
                || this == CONTENT_REVIEW
                || this == DECISION;
    }

    /** An approved grant, from the approval until the case is closed: its award and payments exist. */
    public boolean isAwarded() {
        return this == APPROVED || this == REPORT_CHECK || this == CLOSED;
    }

    /** The resource-bundle key of the status label. */
    public String messageKey() {
        return "grantapplication.status." + name();
    }
}
