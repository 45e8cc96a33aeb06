package de.kulturbuero.grants.security;

import java.time.Instant;

/** One entry of the security event log, as the administration lists it. */
public record SecurityEvent(
        long id,
        Instant occurredAt,
        SecurityEventType type,
        String accountEmail,
        String actorEmail,
        String clientAddress,
        String detail) {}
