package de.kulturbuero.grants.review;

import java.time.Instant;

/** An officers-only comment on a case. */
public record InternalComment(String authorName, String text, Instant createdAt) {}
