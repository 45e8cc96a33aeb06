package de.kulturbuero.grants.review.process;

import java.time.Instant;

/** One step the process went through: which, when it started and ended, and who did it. */
public record HistoryEntry(String step, String type, Instant startedAt, Instant endedAt, String assignee) {}
