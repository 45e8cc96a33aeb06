package de.kulturbuero.grants.finalreport;

/**
 * The recipient asked to extend the final report's due date; published in the request's
 * transaction, so that the award's process takes it up (or the request is refused with it).
 */
public record ReportExtensionRequested(long applicationId, long extensionId, long by) {}
