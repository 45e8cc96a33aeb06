package de.kulturbuero.grants.security;

import java.io.Serial;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * An officer signed in through the identity provider: the portal account (id, roles, language)
 * together with the provider's ID token, so the rest of the portal sees a {@link PortalUser} either way.
 */
public class OidcPortalUser extends PortalUser implements OidcUser {

    @Serial
    private static final long serialVersionUID = 1L;

    private final OidcIdToken idToken;
    private final OidcUserInfo userInfo;

    OidcPortalUser(
            PortalUser account,
            Collection<? extends GrantedAuthority> authorities,
            OidcIdToken idToken,
            OidcUserInfo userInfo) {
        super(
                account.accountId(),
                account.getUsername(),
                "",
                account.isEnabled(),
                account.displayName(),
                account.preferredLanguage(),
                authorities,
                account.credentialsVersion());
        this.idToken = idToken;
        this.userInfo = userInfo;
    }

    /** The same provider session with the account as it is now (roles changed in the meantime). */
    OidcPortalUser withAccount(PortalUser fresh, Collection<? extends GrantedAuthority> authorities) {
        return new OidcPortalUser(fresh, authorities, idToken, userInfo);
    }

    @Override
    public Map<String, Object> getClaims() {
        Map<String, Object> claims = new HashMap<>(idToken.getClaims());
        if (userInfo != null) {
            claims.putAll(userInfo.getClaims());
        }
        return claims;
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return userInfo;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return getClaims();
    }

    /** The portal's user name (the e-mail address), as for a local sign-in. */
    @Override
    public String getName() {
        return getUsername();
    }
}
