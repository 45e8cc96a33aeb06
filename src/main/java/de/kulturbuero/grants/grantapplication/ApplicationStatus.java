package de.kulturbuero.grants.grantapplication;

/**
 * The public status an applicant sees. Only the review process moves it after submission
 * (through {@link GrantApplicationProcessing}); no view or service sets it beside the process.
 */
public enum ApplicationStatus {
    DRAFT,
    SUBMITTED,
    FORMAL_CHECK,
    DECISION,
    APPROVED,
    REJECTED,
    REJECTED_INCOMPLETE;

    public boolean isFinal() {
        return this == APPROVED || this == REJECTED || this == REJECTED_INCOMPLETE;
    }

    /** The resource-bundle key of the status label. */
    public String messageKey() {
        return "grantapplication.status." + name();
    }
}
