package de.kulturbuero.grants.security;

import de.kulturbuero.grants.security.domain.AccountAdministrationRepository;
import de.kulturbuero.grants.security.domain.AccountEntity;
import de.kulturbuero.grants.security.domain.AccountTokenEntity;
import de.kulturbuero.grants.security.domain.AccountTokenRepository;
import java.time.Clock;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The receiving end of the one-time links from {@link UserAdministration}: anyone holding a valid
 * token may set that account's password once (so no {@code @PreAuthorize}; the token is the proof),
 * which also lifts a lock after failed sign-ins.
 */
@Service
public class PasswordLinks {

    private final AccountTokenRepository tokens;
    private final AccountAdministrationRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final Attempts attempts;
    private final SignInThrottle signInThrottle;
    private final SecurityEvents events;

    PasswordLinks(
            AccountTokenRepository tokens,
            AccountAdministrationRepository accounts,
            PasswordEncoder passwordEncoder,
            Clock clock,
            Attempts attempts,
            SignInThrottle signInThrottle,
            SecurityEvents events) {
        this.events = events;
        this.attempts = attempts;
        this.signInThrottle = signInThrottle;
        this.tokens = tokens;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** The e-mail address the token belongs to, if the token is still usable. */
    @Transactional(readOnly = true)
    public Optional<String> emailFor(String token) {
        return usable(token).flatMap(t -> accounts.findById(t.getAccountId())).map(AccountEntity::getEmail);
    }

    /**
     * Sets the password and uses up the token.
     *
     * @throws UserAdministrationRefused when the token is unknown, used or expired, or the password breaks
     *     {@link PasswordPolicy} (its message key)
     */
    @Transactional
    public void setPassword(String token, String password) {
        if (!attempts.allowFromClient(Attempts.Kind.PASSWORD_LINK)) {
            throw new UserAdministrationRefused(Attempts.TOO_MANY);
        }
        AccountTokenEntity t =
                usable(token).orElseThrow(() -> new UserAdministrationRefused("security.password-link.invalid"));
        AccountEntity account = accounts.findById(t.getAccountId())
                .orElseThrow(() -> new UserAdministrationRefused("security.password-link.invalid"));
        PasswordPolicy.problem(password, account.getEmail()).ifPresent(key -> {
            throw new UserAdministrationRefused(key);
        });
        account.changePasswordHash(passwordEncoder.encode(password));
        SessionEnd.all(account);
        boolean wasLocked = signInThrottle.lift(account);
        events.recordFor(SecurityEventType.PASSWORD_SET_BY_LINK, account.getId(), account.getEmail(), t.getPurpose());
        if (wasLocked) {
            events.recordFor(
                    SecurityEventType.SIGN_IN_LOCK_LIFTED, account.getId(), account.getEmail(), "by the password link");
        }
        t.use(clock.instant());
    }

    private Optional<AccountTokenEntity> usable(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(UserAdministration.sha256(token)).filter(t -> t.usableAt(clock.instant()));
    }
}
