package de.kulturbuero.grants.security;

import de.kulturbuero.grants.shared.ui.HasDisplayName;
import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The principal of a signed-in account: Spring's user plus the account id and display name. */
public class PortalUser extends User implements HasDisplayName {

    private final long accountId;
    private final String displayName;
    private final String preferredLanguage;
    private final int credentialsVersion;

    public PortalUser(
            long accountId,
            String email,
            String passwordHash,
            boolean enabled,
            String displayName,
            String preferredLanguage,
            Collection<? extends GrantedAuthority> authorities) {
        this(accountId, email, passwordHash, enabled, displayName, preferredLanguage, authorities, 0);
    }

    public PortalUser(
            long accountId,
            String email,
            String passwordHash,
            boolean enabled,
            String displayName,
            String preferredLanguage,
            Collection<? extends GrantedAuthority> authorities,
            int credentialsVersion) {
        super(email, passwordHash, enabled, true, true, true, authorities);
        this.accountId = accountId;
        this.displayName = displayName;
        this.preferredLanguage = preferredLanguage;
        this.credentialsVersion = credentialsVersion;
    }

    /** The account's credentials version when this principal was made (at sign-in): a higher one ends the session. */
    public int credentialsVersion() {
        return credentialsVersion;
    }

    public long accountId() {
        return accountId;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    public String preferredLanguage() {
        return preferredLanguage;
    }

    /** The id the process engine knows this user by (assignee, acting user). */
    public String userId() {
        return Long.toString(accountId);
    }
}
