package de.kulturbuero.grants.finalreport;

/** The recipient handed in the final report of an application; published in the submit transaction. */
public record FinalReportSubmitted(long applicationId, long by) {}
