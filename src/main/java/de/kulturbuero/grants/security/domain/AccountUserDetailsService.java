package de.kulturbuero.grants.security.domain;

import de.kulturbuero.grants.security.PortalUser;
import java.util.Optional;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Local accounts for the login form: the e-mail address is the user name. */
@Service
public class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;

    AccountUserDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        AccountEntity account = accounts.findByEmailIgnoreCase(username.trim())
                .orElseThrow(() -> new UsernameNotFoundException("No account"));
        if (account.isExternal()) {
            // officers of the city's identity provider sign in there, never with a local password
            throw new UsernameNotFoundException("Account signs in through " + account.getIdentityProvider());
        }
        return toPrincipal(account);
    }

    /** The signed-in account as it is now (primary-key read), for the per-request refresh; empty when deleted. */
    @Transactional(readOnly = true)
    public Optional<PortalUser> reload(long accountId) {
        return accounts.findById(accountId).map(AccountUserDetailsService::toPrincipal);
    }

    /** The principal of an account as it is stored now. */
    public static PortalUser toPrincipal(AccountEntity account) {
        return new PortalUser(
                account.getId(),
                account.getEmail(),
                account.getPasswordHash(),
                account.isEnabled(),
                account.getDisplayName(),
                account.getPreferredLanguage(),
                account.getRoles().stream()
                        .map(r -> new SimpleGrantedAuthority("ROLE_" + r))
                        .toList(),
                account.getCredentialsVersion());
    }
}
