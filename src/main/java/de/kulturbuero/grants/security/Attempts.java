package de.kulturbuero.grants.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts attempts of one kind per subject (an e-mail address, a client address, an account id) in
 * the table {@code security_attempt}, so every node sees the same count and a restart forgets
 * nothing. Attempts are written in their own transaction: a refused request that rolls back its
 * own work still counts.
 */
@Component
class Attempts {

    /** What is counted; the subject of each is named in brackets. */
    enum Kind {
        /** a failed sign-in (the e-mail address typed, lower case, whether or not an account has it) */
        SIGN_IN_ACCOUNT,
        /** a failed sign-in (client address) */
        SIGN_IN_ADDRESS,
        /** a registration sent (client address) */
        REGISTRATION,
        /** a "forgot password" request (client address) */
        PASSWORD_RESET_REQUEST,
        /** a new password sent through a reset or set-password link (client address) */
        PASSWORD_LINK,
        /** a wrong current password on the account page (account id) */
        CURRENT_PASSWORD
    }

    /** The message for a client that made too many attempts of a kind. */
    static final String TOO_MANY = "security.throttle.too-many";

    /** Rows older than this are of no use to any window and are deleted. */
    static final Duration KEPT = Duration.ofDays(1);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final int perClient;
    private final Duration perClientWindow;

    Attempts(
            JdbcTemplate jdbc,
            Clock clock,
            @Value("${grants.security.throttle.per-client:20}") int perClient,
            @Value("${grants.security.throttle.per-client-window:PT1H}") Duration perClientWindow) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.perClient = perClient;
        this.perClientWindow = perClientWindow;
    }

    /**
     * Counts an attempt of this kind from the current request's client address (registration,
     * forgot password, a password link); outside a request nothing is counted.
     *
     * @return false when the client made {@code per-client} such attempts within the window already
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean allowFromClient(Kind kind) {
        return ClientAddress.current()
                .map(address -> tryRecord(kind, address, perClient, perClientWindow))
                .orElse(true);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(Kind kind, String subject) {
        jdbc.update(
                "INSERT INTO security_attempt (kind, subject, attempted_at) VALUES (?, ?, ?)",
                kind.name(),
                subject,
                Timestamp.from(clock.instant()));
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public int count(Kind kind, String subject, Duration window) {
        Integer n = jdbc.queryForObject(
                "SELECT COUNT(*) FROM security_attempt WHERE kind = ? AND subject = ? AND attempted_at > ?",
                Integer.class,
                kind.name(),
                subject,
                Timestamp.from(clock.instant().minus(window)));
        return n == null ? 0 : n;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public Optional<Instant> latest(Kind kind, String subject, Duration window) {
        Timestamp t = jdbc.queryForObject(
                "SELECT MAX(attempted_at) FROM security_attempt WHERE kind = ? AND subject = ? AND attempted_at > ?",
                Timestamp.class,
                kind.name(),
                subject,
                Timestamp.from(clock.instant().minus(window)));
        return Optional.ofNullable(t).map(Timestamp::toInstant);
    }

    /**
     * Records the attempt if fewer than {@code limit} were made in the window.
     *
     * @return false (nothing recorded) when the limit is reached
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean tryRecord(Kind kind, String subject, int limit, Duration window) {
        if (count(kind, subject, window) >= limit) {
            return false;
        }
        record(kind, subject);
        return true;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void forget(Kind kind, String subject) {
        jdbc.update("DELETE FROM security_attempt WHERE kind = ? AND subject = ?", kind.name(), subject);
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    @Transactional
    public void deleteOld() {
        jdbc.update(
                "DELETE FROM security_attempt WHERE attempted_at < ?",
                Timestamp.from(clock.instant().minus(KEPT)));
    }
}
