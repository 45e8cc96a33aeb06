package de.kulturbuero.grants.grantapplication;

/** State of funds applied for elsewhere. */
public enum FundingStatus {
    APPLIED,
    APPROVED;

    public String messageKey() {
        return "grantapplication.funding-status." + name();
    }
}
