package de.kulturbuero.grants.grantapplication;

import java.time.Instant;

/** One attachment as lists show it (without its content). */
public record AttachmentSummary(
        long id, String fileName, String contentType, long sizeBytes, String sha256, Instant createdAt) {}
