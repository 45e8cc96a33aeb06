package de.kulturbuero.grants.security;

import java.util.Set;

/** How to reach an account holder: e-mail, name, language ("de"/"en") and roles. */
public record AccountContact(long id, String email, String displayName, String language, Set<String> roles) {

    /** The id the process engine knows this account by. */
    public String userId() {
        return Long.toString(id);
    }
}
