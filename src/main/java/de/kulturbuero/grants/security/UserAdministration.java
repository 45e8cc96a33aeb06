package de.kulturbuero.grants.security;

import de.kulturbuero.grants.security.domain.AccountAdministrationRepository;
import de.kulturbuero.grants.security.domain.AccountEntity;
import de.kulturbuero.grants.security.domain.AccountTokenEntity;
import de.kulturbuero.grants.security.domain.AccountTokenRepository;
import de.kulturbuero.grants.shared.text.SingleLineText;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's user administration (ADMIN only): search accounts, invite officers, assign and
 * remove roles, lock and unlock, reset passwords. The last enabled administrator can neither lose
 * the role nor be locked. Changes take effect on the user's next request ({@code AccountRefreshFilter}).
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class UserAdministration {

    /** What {@link #invite} and {@link #resetPassword} produced; the link also went out by mail (or to the log). */
    public record LinkSent(long accountId, String link) {}

    static final String INVITE = "invite";
    static final String RESET = "reset";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountAdministrationRepository accounts;
    private final AccountTokenRepository tokens;
    private final PasswordEncoder passwordEncoder;
    private final UserAdministrationMailer mailer;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final String baseUrl;
    private final SignInThrottle signInThrottle;
    private final SecurityEvents events;

    UserAdministration(
            AccountAdministrationRepository accounts,
            AccountTokenRepository tokens,
            PasswordEncoder passwordEncoder,
            UserAdministrationMailer mailer,
            CurrentUser currentUser,
            Clock clock,
            @Value("${grants.base-url:http://localhost:8080}") String baseUrl,
            SignInThrottle signInThrottle,
            SecurityEvents events) {
        this.signInThrottle = signInThrottle;
        this.events = events;
        this.accounts = accounts;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.mailer = mailer;
        this.currentUser = currentUser;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** A page of accounts whose e-mail, name or organisation contains {@code filter}, by e-mail. */
    @Transactional(readOnly = true)
    public List<AccountRow> search(String filter, int offset, int limit) {
        return accounts
                .search(
                        normalise(filter),
                        PageRequest.of(offset / Math.max(1, limit), Math.max(1, limit), Sort.by("email")))
                .stream()
                .map(this::toRow)
                .toList();
    }

    @Transactional(readOnly = true)
    public int count(String filter) {
        return (int) accounts.countSearch(normalise(filter));
    }

    @Transactional(readOnly = true)
    public AccountRow get(long accountId) {
        return toRow(find(accountId));
    }

    /**
     * Creates an officer account with the given roles and sends a one-time link (valid 7 days)
     * to set a password. The account cannot sign in before that.
     */
    @Transactional
    public LinkSent invite(String email, String displayName, Set<String> roles, String language) {
        String address = email == null ? "" : email.strip();
        if (!EmailAddresses.isValid(address)) {
            throw new UserAdministrationRefused("security.admin.error.email");
        }
        if (displayName == null || displayName.isBlank() || displayName.strip().length() > 200) {
            throw new UserAdministrationRefused("security.admin.error.name");
        }
        if (!SingleLineText.isAllowed(displayName)) {
            throw new UserAdministrationRefused(SingleLineText.REFUSED);
        }
        if (accounts.existsByEmailIgnoreCase(address)) {
            throw new UserAdministrationRefused("security.admin.error.email-taken");
        }
        checkRoles(roles);
        if (roles.isEmpty()) {
            throw new UserAdministrationRefused("security.admin.error.no-role");
        }
        AccountEntity account = new AccountEntity(
                address, unusablePassword(), displayName.strip(), null, "en".equals(language) ? "en" : "de");
        account.getRoles().addAll(roles);
        accounts.saveAndFlush(account);
        events.recordFor(SecurityEventType.ACCOUNT_INVITED, account.getId(), account.getEmail(), "roles " + roles);
        return sendLink(account, INVITE, Duration.ofDays(7));
    }

    /** Replaces the account's roles (at least one). */
    @Transactional
    public AccountRow setRoles(long accountId, Set<String> roles) {
        checkRoles(roles);
        if (roles.isEmpty()) {
            throw new UserAdministrationRefused("security.admin.error.no-role");
        }
        AccountEntity account = find(accountId);
        if (account.isExternal()) {
            // the identity provider's groups decide, at every sign-in; a change here would not last
            throw new UserAdministrationRefused("security.admin.error.external-roles");
        }
        if (account.getRoles().contains(Roles.ADMIN)
                && !roles.contains(Roles.ADMIN)
                && account.isEnabled()
                && accounts.countEnabledAdmins() <= 1) {
            throw new UserAdministrationRefused("security.admin.error.last-admin");
        }
        String before = new TreeSet<>(account.getRoles()).toString();
        account.getRoles().clear();
        account.getRoles().addAll(roles);
        // the person signs in again with the new roles; an administrator changing their own keeps this session
        SessionEnd.others(account, currentUser);
        AccountRow row = toRow(accounts.saveAndFlush(account));
        events.recordFor(
                SecurityEventType.ROLES_CHANGED, account.getId(), account.getEmail(), before + " -> " + row.roles());
        return row;
    }

    /** Locks (the user is signed out on the next request) or unlocks an account. */
    @Transactional
    public AccountRow setLocked(long accountId, boolean locked) {
        AccountEntity account = find(accountId);
        if (locked
                && account.isEnabled()
                && account.getRoles().contains(Roles.ADMIN)
                && accounts.countEnabledAdmins() <= 1) {
            throw new UserAdministrationRefused("security.admin.error.last-admin");
        }
        if (locked
                && currentUser
                        .get()
                        .map(PortalUser::accountId)
                        .filter(id -> id == accountId)
                        .isPresent()) {
            throw new UserAdministrationRefused("security.admin.error.lock-self");
        }
        account.setEnabled(!locked);
        if (locked) {
            SessionEnd.all(account);
        }
        AccountRow row = toRow(accounts.saveAndFlush(account));
        events.recordFor(
                locked ? SecurityEventType.ACCOUNT_LOCKED : SecurityEventType.ACCOUNT_UNLOCKED,
                account.getId(),
                account.getEmail(),
                null);
        return row;
    }

    /** Lifts the block after too many failed sign-ins (the person may sign in again at once). */
    @Transactional
    public AccountRow liftSignInLock(long accountId) {
        AccountEntity account = find(accountId);
        if (signInThrottle.lift(account)) {
            events.recordFor(
                    SecurityEventType.SIGN_IN_LOCK_LIFTED, account.getId(), account.getEmail(), "by an administrator");
        }
        return toRow(accounts.saveAndFlush(account));
    }

    /** Makes the current password unusable and sends a one-time link (valid 24 hours) to set a new one. */
    @Transactional
    public LinkSent resetPassword(long accountId) {
        AccountEntity account = find(accountId);
        if (account.isExternal()) {
            throw new UserAdministrationRefused("security.admin.error.external-password");
        }
        account.changePasswordHash(unusablePassword());
        SessionEnd.all(account);
        events.recordFor(SecurityEventType.PASSWORD_RESET_BY_ADMIN, account.getId(), account.getEmail(), null);
        return sendLink(account, RESET, Duration.ofHours(24));
    }

    private LinkSent sendLink(AccountEntity account, String purpose, Duration validity) {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        tokens.save(new AccountTokenEntity(
                account.getId(),
                sha256(token),
                purpose,
                clock.instant(),
                clock.instant().plus(validity)));
        String link = baseUrl + "/set-password/" + token;
        mailer.sendLink(account.getEmail(), account.getDisplayName(), account.getPreferredLanguage(), purpose, link);
        return new LinkSent(account.getId(), link);
    }

    static String sha256(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String unusablePassword() {
        return PasswordPolicy.unusablePassword(passwordEncoder);
    }

    private static void checkRoles(Set<String> roles) {
        if (roles == null || !Roles.ALL.containsAll(roles)) {
            throw new UserAdministrationRefused("security.admin.error.unknown-role");
        }
    }

    private AccountEntity find(long id) {
        return accounts.findById(id).orElseThrow(() -> new UserAdministrationRefused("security.admin.error.not-found"));
    }

    private static String normalise(String filter) {
        return filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
    }

    private AccountRow toRow(AccountEntity a) {
        return new AccountRow(
                a.getId(),
                a.getEmail(),
                a.getDisplayName(),
                a.getOrganisation(),
                new TreeSet<>(a.getRoles()),
                a.isEnabled(),
                a.getPreferredLanguage(),
                a.getCreatedAt(),
                a.getIdentityProvider(),
                a.isLockedAt(clock.instant()) ? a.getLockedUntil() : null);
    }
}
