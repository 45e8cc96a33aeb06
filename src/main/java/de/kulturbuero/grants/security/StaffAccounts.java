package de.kulturbuero.grants.security;

import de.kulturbuero.grants.security.domain.AccountEntity;
import de.kulturbuero.grants.security.domain.AccountRepository;
import de.kulturbuero.grants.security.domain.AccountUserDetailsService;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The local account behind an officer who signs in through the city's identity provider. The
 * portal keeps one account per provider subject (process tasks, audit entries and hand-overs refer
 * to account ids), created at the first sign-in; the provider's groups decide its roles at every
 * sign-in, and a lock set in the portal still applies.
 * <p>
 * An existing local account with the same e-mail address is taken over only when the provider has
 * verified the address and the account is an office account (an invited officer moving to single
 * sign-on); an applicant's account is never taken over, so nobody gains an applicant's cases by
 * naming their address at the provider.
 */
@Service
public class StaffAccounts {

    private static final Logger log = LoggerFactory.getLogger(StaffAccounts.class);

    private final AccountRepository accounts;
    private final StaffSignInSettings settings;
    private final PasswordEncoder passwordEncoder;
    private final SecurityEvents events;

    StaffAccounts(
            AccountRepository accounts,
            StaffSignInSettings settings,
            PasswordEncoder passwordEncoder,
            SecurityEvents events) {
        this.accounts = accounts;
        this.settings = settings;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
    }

    /**
     * The signed-in principal for this identity, creating or updating its account.
     *
     * @throws StaffSignInRefused when the groups give no role, the account is locked, the address belongs
     *                            to an account that may not be taken over, or the provider sent no address
     */
    @Transactional
    public PortalUser signIn(ExternalIdentity identity) {
        Set<String> roles = settings.rolesFor(identity.groups());
        if (roles.isEmpty()) {
            throw new StaffSignInRefused(StaffSignInRefused.NO_ROLE, "no mapped group in " + identity.groups());
        }
        String email = identity.email() == null ? "" : identity.email().strip();
        AccountEntity account = accounts.findByIdentityProviderAndExternalSubject(
                        identity.provider(), identity.subject())
                .orElse(null);
        if (account == null) {
            if (email.isEmpty()) {
                throw new StaffSignInRefused(StaffSignInRefused.NO_EMAIL, "the provider sent no e-mail claim");
            }
            account = takeOverOrCreate(identity, email);
        } else if (!email.isEmpty() && !email.equalsIgnoreCase(account.getEmail())) {
            // a changed address follows the provider unless another account already uses it
            if (!accounts.existsByEmailIgnoreCase(email)) {
                account.updateFromProvider(email, displayName(identity, email));
            }
        } else {
            account.updateFromProvider(account.getEmail(), displayName(identity, account.getEmail()));
        }
        if (!account.isEnabled()) {
            events.recordFor(
                    SecurityEventType.SIGN_IN_FAILED,
                    account.getId(),
                    account.getEmail(),
                    "locked, " + identity.provider());
            throw new StaffSignInRefused(StaffSignInRefused.LOCKED, "account " + account.getId() + " is locked");
        }
        if (!account.getRoles().equals(roles)) {
            events.recordFor(
                    SecurityEventType.ROLES_CHANGED,
                    account.getId(),
                    account.getEmail(),
                    new TreeSet<>(account.getRoles()) + " -> " + new TreeSet<>(roles) + " from " + identity.provider());
            log.info(
                    "Roles of account {} from the identity provider's groups: {} -> {}",
                    account.getId(),
                    account.getRoles(),
                    roles);
            account.getRoles().clear();
            account.getRoles().addAll(roles);
        }
        PortalUser user = AccountUserDetailsService.toPrincipal(accounts.saveAndFlush(account));
        events.recordFor(SecurityEventType.SIGN_IN, account.getId(), account.getEmail(), identity.provider());
        return user;
    }

    private AccountEntity takeOverOrCreate(ExternalIdentity identity, String email) {
        Optional<AccountEntity> existing = accounts.findByEmailIgnoreCase(email);
        if (existing.isPresent()) {
            AccountEntity account = existing.get();
            if (account.isExternal()
                    || !identity.emailVerified()
                    || account.getRoles().contains(Roles.APPLICANT)) {
                throw new StaffSignInRefused(
                        StaffSignInRefused.EMAIL_TAKEN, "account " + account.getId() + " uses " + email);
            }
            log.info("Account {} now signs in through the identity provider {}", account.getId(), identity.provider());
            account.linkExternalIdentity(identity.provider(), identity.subject());
            account.changePasswordHash(PasswordPolicy.unusablePassword(passwordEncoder));
            return account;
        }
        AccountEntity account = new AccountEntity(
                email,
                PasswordPolicy.unusablePassword(passwordEncoder),
                displayName(identity, email),
                null,
                language(identity.language()));
        account.linkExternalIdentity(identity.provider(), identity.subject());
        log.info("New office account for {} from the identity provider {}", email, identity.provider());
        return account;
    }

    private static String displayName(ExternalIdentity identity, String email) {
        String name =
                identity.displayName() == null ? "" : identity.displayName().strip();
        name = name.isEmpty() ? email : name;
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    /** German unless the provider says the person prefers English (the portal's two languages). */
    private static String language(String locale) {
        return locale != null && locale.toLowerCase(Locale.ROOT).startsWith("en") ? "en" : "de";
    }
}
