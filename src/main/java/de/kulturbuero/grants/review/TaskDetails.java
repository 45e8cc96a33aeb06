package de.kulturbuero.grants.review;

import de.kulturbuero.grants.grantapplication.ApplicationSummary;

import java.time.Instant;

/** A task with the application it is about, for the task view. */
public record TaskDetails(String taskId, String step, Instant createdAt, String assignee, boolean mine,
                          boolean mayAct, ApplicationSummary application, String partnerCity) {
}
