package de.kulturbuero.grants.grantapplication;

/**
 * Published inside the submit transaction. The review module starts the process in the same
 * transaction, so application, process instance and first task commit together or not at all.
 */
public record GrantApplicationSubmitted(long applicationId, String referenceNumber, long programmeId) {}
