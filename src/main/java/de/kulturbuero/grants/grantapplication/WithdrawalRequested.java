package de.kulturbuero.grants.grantapplication;

/**
 * The applicant withdrew the application (the reason is stored with the application). Published
 * inside the withdrawal's transaction; the review module ends the process synchronously in the
 * same transaction, and refuses (rolling everything back) when the decision has already been made.
 */
public record WithdrawalRequested(long applicationId) {}
