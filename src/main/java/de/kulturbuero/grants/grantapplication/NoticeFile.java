package de.kulturbuero.grants.grantapplication;

import java.time.Instant;

/** A notice letter (approval, rejection, ineligibility) stored with the application. */
public record NoticeFile(
        long id, long applicationId, String kind, String language, String fileName, Instant createdAt) {}
