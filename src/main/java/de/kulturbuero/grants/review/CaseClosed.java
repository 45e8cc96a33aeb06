package de.kulturbuero.grants.review;

import java.time.Instant;

/** The case is closed: the final report checked and the grant settled; published in the closing transaction. */
public record CaseClosed(long applicationId, Instant closedAt) {}
