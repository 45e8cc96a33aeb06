package de.kulturbuero.grants.security;

import java.util.List;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Spring Security's OIDC user loading (ID token, user-info endpoint), followed by the portal's own
 * step: the provider's person becomes the portal account {@link StaffAccounts} keeps for them.
 * A refused sign-in becomes an authentication error whose code the login page translates.
 */
class StaffOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService delegate = new OidcUserService();
    private final StaffAccounts staffAccounts;
    private final StaffSignInSettings settings;

    StaffOidcUserService(StaffAccounts staffAccounts, StaffSignInSettings settings) {
        this.staffAccounts = staffAccounts;
        this.settings = settings;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser provided = delegate.loadUser(request);
        ExternalIdentity identity = new ExternalIdentity(
                request.getClientRegistration().getRegistrationId(),
                provided.getSubject(),
                provided.getEmail(),
                Boolean.TRUE.equals(provided.getEmailVerified()),
                provided.getFullName() != null ? provided.getFullName() : provided.getPreferredUsername(),
                provided.getLocale(),
                groups(provided));
        try {
            PortalUser account = staffAccounts.signIn(identity);
            return new OidcPortalUser(account, account.getAuthorities(), provided.getIdToken(), provided.getUserInfo());
        } catch (StaffSignInRefused refused) {
            throw new OAuth2AuthenticationException(
                    new OAuth2Error(refused.reason(), refused.getMessage(), null), refused);
        }
    }

    private List<String> groups(OidcUser user) {
        Object claim = user.getClaims().get(settings.groupsClaim());
        if (claim instanceof String single) {
            return List.of(single);
        }
        List<String> groups = user.getClaimAsStringList(settings.groupsClaim());
        return groups == null ? List.of() : groups;
    }
}
