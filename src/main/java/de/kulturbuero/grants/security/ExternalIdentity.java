package de.kulturbuero.grants.security;

import java.util.List;

/**
 * What the identity provider says about a person signing in: its registration id in the portal,
 * the person's stable subject, e-mail (and whether the provider verified it), name, language and groups.
 */
public record ExternalIdentity(
        String provider,
        String subject,
        String email,
        boolean emailVerified,
        String displayName,
        String language,
        List<String> groups) {}
