package de.kulturbuero.grants.review;

/** Results of the formal check: go on to the content review, ask the applicant, or end as ineligible. */
public enum FormalCheckOutcome {
    COMPLETE,
    INQUIRY,
    INELIGIBLE;

    public String messageKey() {
        return "review.formal.outcome." + name();
    }
}
