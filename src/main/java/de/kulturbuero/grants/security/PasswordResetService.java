package de.kulturbuero.grants.security;

import de.kulturbuero.grants.security.RegistrationRejected.Problem;
import de.kulturbuero.grants.security.domain.AccountEntity;
import de.kulturbuero.grants.security.domain.AccountRepository;
import de.kulturbuero.grants.shared.i18n.Bundle;
import de.kulturbuero.grants.shared.mail.OutgoingMail;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Forgot password": a link with a random, single-use token that expires after an hour; only the
 * token's SHA-256 is stored. The link goes out by e-mail when a mail server is configured
 * ({@code spring.mail.host}); without one (the default profile) it is written to the log at WARN
 * level, clearly marked, so it is never silently dropped.
 */
@Service
public class PasswordResetService {

    private static final Logger log = LoggerFactory.getLogger(PasswordResetService.class);
    static final Duration VALIDITY = Duration.ofHours(1);

    private final AccountRepository accounts;
    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwordEncoder;
    private final OutgoingMail mail;
    private final Clock clock;
    private final String baseUrl;
    private final Attempts attempts;
    private final SignInThrottle signInThrottle;
    private final SecurityEvents events;
    private final SecureRandom random = new SecureRandom();

    PasswordResetService(
            AccountRepository accounts,
            JdbcTemplate jdbc,
            PasswordEncoder passwordEncoder,
            OutgoingMail mail,
            Clock clock,
            @Value("${grants.base-url:http://localhost:8080}") String baseUrl,
            Attempts attempts,
            SignInThrottle signInThrottle,
            SecurityEvents events) {
        this.events = events;
        this.attempts = attempts;
        this.signInThrottle = signInThrottle;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.mail = mail;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /**
     * Sends a reset link if an account has this address. The caller shows the same answer either
     * way, so the page does not reveal which addresses have accounts.
     *
     * @return the link (for tests); empty when no account has the address
     * @throws RegistrationRejected ({@link Attempts#TOO_MANY}) when this client asked too often in a short time
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public Optional<String> requestReset(String email) {
        if (!attempts.allowFromClient(Attempts.Kind.PASSWORD_RESET_REQUEST)) {
            throw new RegistrationRejected(List.of(new Problem("email", Attempts.TOO_MANY)));
        }
        Optional<AccountEntity> account =
                email == null ? Optional.empty() : accounts.findByEmailIgnoreCase(email.strip());
        events.recordFor(
                SecurityEventType.PASSWORD_RESET_REQUESTED,
                account.map(AccountEntity::getId).orElse(null),
                email == null ? null : email.strip(),
                account.isPresent() ? null : "no account");
        if (account.isEmpty() || !account.get().isEnabled() || account.get().isExternal()) {
            // accounts of the city's identity provider have no local password to reset
            log.info("Password reset asked for an address without an active local account");
            return Optional.empty();
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        jdbc.update(
                "INSERT INTO password_reset_token (account_id, token_hash, expires_at, created_at) VALUES (?, ?, ?, ?)",
                account.get().getId(),
                sha256(token),
                Timestamp.from(now.plus(VALIDITY)),
                Timestamp.from(now));
        String link = baseUrl + "/reset-password?token=" + token;
        deliver(account.get(), link);
        return Optional.of(link);
    }

    /**
     * Sets a new password with a valid token, uses the token up and lifts a lock after failed sign-ins.
     *
     * @throws RegistrationRejected when the token is unknown, used or expired, the password breaks the
     *     policy, or this client sent too many new passwords in a short time
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public void reset(String token, String newPassword, String repeat) {
        if (!attempts.allowFromClient(Attempts.Kind.PASSWORD_LINK)) {
            throw new RegistrationRejected(List.of(new Problem("token", Attempts.TOO_MANY)));
        }
        List<Map<String, Object>> rows = token == null
                ? List.of()
                : jdbc.queryForList(
                        "SELECT id, account_id, expires_at, used_at FROM password_reset_token WHERE token_hash = ? FOR UPDATE",
                        sha256(token));
        if (rows.isEmpty()
                || rows.getFirst().get("used_at") != null
                || ((Timestamp) rows.getFirst().get("expires_at")).toInstant().isBefore(clock.instant())) {
            throw new RegistrationRejected(List.of(new Problem("token", "security.reset.token-invalid")));
        }
        AccountEntity account = accounts.findById(((Number) rows.getFirst().get("account_id")).longValue())
                .orElseThrow();
        List<Problem> problems =
                PasswordPolicy.problems(newPassword, repeat, account.getEmail(), "newPassword", "repeatPassword");
        if (!problems.isEmpty()) {
            throw new RegistrationRejected(problems);
        }
        account.setPasswordHash(passwordEncoder.encode(newPassword));
        SessionEnd.all(account);
        boolean wasLocked = signInThrottle.lift(account);
        events.recordFor(SecurityEventType.PASSWORD_RESET, account.getId(), account.getEmail(), null);
        if (wasLocked) {
            events.recordFor(
                    SecurityEventType.SIGN_IN_LOCK_LIFTED, account.getId(), account.getEmail(), "by the reset link");
        }
        jdbc.update(
                "UPDATE password_reset_token SET used_at = ? WHERE id = ?",
                Timestamp.from(clock.instant()),
                rows.getFirst().get("id"));
    }

    private void deliver(AccountEntity account, String link) {
        Locale locale = Bundle.locale(account.getPreferredLanguage());
        String subject = Bundle.text(locale, "security.reset.mail-subject");
        String body = Bundle.text(
                locale,
                "security.reset.mail-body",
                account.getDisplayName(),
                link,
                String.valueOf(VALIDITY.toMinutes()));
        mail.send(account.getEmail(), subject, body);
    }

    static String sha256(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
