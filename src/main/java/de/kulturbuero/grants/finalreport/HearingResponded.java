package de.kulturbuero.grants.finalreport;

/** The recipient responded in the hearing before a reclaim; published in the transaction of the response. */
public record HearingResponded(long applicationId, long by) {}
