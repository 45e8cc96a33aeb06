package de.kulturbuero.grants.grantapplication;

import java.time.Instant;

/** One step of an application's public timeline: the status it reached and when. */
public record StatusEntry(ApplicationStatus status, Instant at) {}
