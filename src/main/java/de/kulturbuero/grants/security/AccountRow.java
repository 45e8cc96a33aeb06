package de.kulturbuero.grants.security;

import java.time.Instant;
import java.util.Set;

/**
 * An account as the user administration lists it; {@code identityProvider} is the OpenID Connect
 * provider the account signs in through (its roles come from there), or null for a local account;
 * {@code lockedUntil} is set while sign-in is blocked after too many failed attempts.
 */
public record AccountRow(
        long id,
        String email,
        String displayName,
        String organisation,
        Set<String> roles,
        boolean enabled,
        String preferredLanguage,
        Instant createdAt,
        String identityProvider,
        Instant lockedUntil) {

    public boolean temporarilyLocked() {
        return lockedUntil != null;
    }

    public boolean external() {
        return identityProvider != null;
    }
}
