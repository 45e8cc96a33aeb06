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
    /** Kept for applications ended by the skeleton's "not complete" outcome. */
    REJECTED_INCOMPLETE,
    /** The formal check found the application ineligible. */
    INELIGIBLE,
    WITHDRAWN;


    /** Before the decision: the applicant may still withdraw. */
    public boolean isWithdrawable() {
        return this == SUBMITTED || this == FORMAL_CHECK || this == INQUIRY || this == CONTENT_REVIEW || this == DECISION;
    }

    /** The resource-bundle key of the status label. */
    public String messageKey() {
        return "grantapplication.status." + name();
    }
}
