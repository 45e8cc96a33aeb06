package de.kulturbuero.grants.security;

import java.time.Instant;
import java.util.Set;

/** An account as the user administration lists it. */
public record AccountRow(long id, String email, String displayName, String organisation, Set<String> roles,
                         boolean enabled, String preferredLanguage, Instant createdAt) {
}
