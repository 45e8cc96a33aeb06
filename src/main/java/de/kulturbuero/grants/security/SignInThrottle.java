package de.kulturbuero.grants.security;

import de.kulturbuero.grants.security.Attempts.Kind;
import de.kulturbuero.grants.security.domain.AccountEntity;
import de.kulturbuero.grants.security.domain.AccountRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Failed sign-ins, counted per e-mail address typed and per client address in the database
 * ({@link Attempts}): after {@code free-attempts} failures each further try must wait twice as long
 * as the one before (up to {@code max-delay}); after {@code lock-after} failures within
 * {@code window} the account is locked for {@code lock-duration} (an address without an account is
 * refused the same way, so the answer never tells whether an account exists); a client address
 * with {@code per-address} failures within the window is refused altogether. A successful
 * sign-in forgets the address's failures; the password-reset link and an administrator lift a lock.
 */
@Service
class SignInThrottle {

    private final Attempts attempts;
    private final AccountRepository accounts;
    private final Clock clock;
    private final int lockAfter;
    private final Duration window;
    private final Duration lockDuration;
    private final int freeAttempts;
    private final Duration maxDelay;
    private final int perAddress;

    SignInThrottle(
            Attempts attempts,
            AccountRepository accounts,
            Clock clock,
            @Value("${grants.security.sign-in.lock-after:10}") int lockAfter,
            @Value("${grants.security.sign-in.window:PT15M}") Duration window,
            @Value("${grants.security.sign-in.lock-duration:PT15M}") Duration lockDuration,
            @Value("${grants.security.sign-in.free-attempts:3}") int freeAttempts,
            @Value("${grants.security.sign-in.max-delay:PT30S}") Duration maxDelay,
            @Value("${grants.security.sign-in.per-address:100}") int perAddress) {
        this.attempts = attempts;
        this.accounts = accounts;
        this.clock = clock;
        this.lockAfter = lockAfter;
        this.window = window;
        this.lockDuration = lockDuration;
        this.freeAttempts = freeAttempts;
        this.maxDelay = maxDelay;
        this.perAddress = perAddress;
    }

    int lockAfter() {
        return lockAfter;
    }

    Duration lockDuration() {
        return lockDuration;
    }

    int freeAttempts() {
        return freeAttempts;
    }

    Duration maxDelay() {
        return maxDelay;
    }

    int perAddress() {
        return perAddress;
    }

    static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    /** Why a sign-in with this address from this client is refused before its password is checked. */
    @Transactional(readOnly = true)
    public Optional<String> refusal(String username, String clientAddress) {
        String name = normalise(username);
        Instant now = clock.instant();
        if (clientAddress != null && attempts.count(Kind.SIGN_IN_ADDRESS, clientAddress, window) >= perAddress) {
            return Optional.of(SignInRefused.ADDRESS);
        }
        int failures = attempts.count(Kind.SIGN_IN_ACCOUNT, name, window);
        boolean locked =
                accounts.findByEmailIgnoreCase(name).map(a -> a.isLockedAt(now)).orElse(false);
        if (locked || failures >= lockAfter) {
            return Optional.of(SignInRefused.LOCKED);
        }
        if (failures >= freeAttempts) {
            Duration wait = delayAfter(failures);
            Optional<Instant> last = attempts.latest(Kind.SIGN_IN_ACCOUNT, name, window);
            if (last.isPresent() && last.get().plus(wait).isAfter(now)) {
                return Optional.of(SignInRefused.SLOW_DOWN);
            }
        }
        return Optional.empty();
    }

    /** The wait before the next try after this many failures: 1 s, 2 s, 4 s … up to the maximum. */
    Duration delayAfter(int failures) {
        if (failures < freeAttempts) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - freeAttempts, 20);
        Duration wait = Duration.ofSeconds(1L << doublings);
        return wait.compareTo(maxDelay) > 0 ? maxDelay : wait;
    }

    /**
     * Counts a failed sign-in; locks the account when this was one too many.
     *
     * @return the account locked now, if this failure locked one
     */
    @Transactional
    public Optional<AccountEntity> failed(String username, String clientAddress) {
        String name = normalise(username);
        attempts.record(Kind.SIGN_IN_ACCOUNT, name);
        if (clientAddress != null) {
            attempts.record(Kind.SIGN_IN_ADDRESS, clientAddress);
        }
        if (attempts.count(Kind.SIGN_IN_ACCOUNT, name, window) < lockAfter) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return accounts.findByEmailIgnoreCase(name)
                .filter(a -> !a.isLockedAt(now))
                .map(a -> {
                    a.setLockedUntil(now.plus(lockDuration));
                    // someone is guessing this password: a session they may already have ends too
                    SessionEnd.all(a);
                    return a;
                });
    }

    @Transactional
    public void succeeded(String username) {
        attempts.forget(Kind.SIGN_IN_ACCOUNT, normalise(username));
    }

    /**
     * Lifts the account's lock and forgets its failures.
     *
     * @return true if the account was locked
     */
    @Transactional
    public boolean lift(AccountEntity account) {
        boolean wasLocked = account.isLockedAt(clock.instant());
        account.setLockedUntil(null);
        attempts.forget(Kind.SIGN_IN_ACCOUNT, normalise(account.getEmail()));
        return wasLocked;
    }
}
