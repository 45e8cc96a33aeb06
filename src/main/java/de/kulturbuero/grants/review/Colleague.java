package de.kulturbuero.grants.review;

/** An officer a task can be handed over to. */
public record Colleague(long accountId, String displayName) {}
