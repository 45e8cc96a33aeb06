package de.kulturbuero.grants.security;

import de.kulturbuero.grants.security.domain.AccountEntity;
import de.kulturbuero.grants.security.domain.AccountRepository;
import de.kulturbuero.grants.security.domain.AccountTokenEntity;
import de.kulturbuero.grants.security.domain.AccountTokenRepository;
import de.kulturbuero.grants.shared.i18n.Bundle;
import de.kulturbuero.grants.shared.mail.OutgoingMail;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The e-mail address of a self-registered account is confirmed through a single-use link (valid
 * {@link #VALIDITY}, only its SHA-256 stored) before the account may submit an application. A
 * registration with an address that has an account already mails the holder a note instead, so
 * the registration page answers the same either way.
 */
@Service
public class EmailConfirmation {

    static final String PURPOSE = "confirm-email";
    static final Duration VALIDITY = Duration.ofDays(7);

    private final AccountTokenRepository tokens;
    private final AccountRepository accounts;
    private final OutgoingMail mail;
    private final Clock clock;
    private final String baseUrl;
    private final SecureRandom random = new SecureRandom();

    EmailConfirmation(
            AccountTokenRepository tokens,
            AccountRepository accounts,
            OutgoingMail mail,
            Clock clock,
            @Value("${grants.base-url:http://localhost:8080}") String baseUrl) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.mail = mail;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Whether the account may submit: its address is confirmed (always so for accounts not self-registered). */
    @Transactional(readOnly = true)
    public boolean isConfirmed(long accountId) {
        return accounts.findById(accountId).map(AccountEntity::isEmailConfirmed).orElse(false);
    }

    /**
     * Confirms the address the link was mailed to, once.
     *
     * @return false when the link is unknown, used or expired
     */
    @Transactional
    public boolean confirm(String token) {
        if (token == null || token.isBlank()) {
            return false;
        }
        return tokens.findByTokenHash(UserAdministration.sha256(token))
                .filter(t -> PURPOSE.equals(t.getPurpose()) && t.usableAt(clock.instant()))
                .flatMap(t -> {
                    t.use(clock.instant());
                    return accounts.findById(t.getAccountId());
                })
                .map(account -> {
                    account.confirmEmail(clock.instant());
                    return true;
                })
                .orElse(false);
    }

    /** Mails the link that confirms a newly registered account's address; returns the link. */
    String sendLink(AccountEntity account) {
        byte[] raw = new byte[32];
        random.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        tokens.save(new AccountTokenEntity(
                account.getId(),
                UserAdministration.sha256(token),
                PURPOSE,
                clock.instant(),
                clock.instant().plus(VALIDITY)));
        String link = baseUrl + "/confirm-email/" + token;
        Locale locale = Bundle.locale(account.getPreferredLanguage());
        mail.send(
                account.getEmail(),
                Bundle.text(locale, "security.confirm.mail-subject"),
                Bundle.text(
                        locale,
                        "security.confirm.mail-body",
                        account.getDisplayName(),
                        link,
                        String.valueOf(VALIDITY.toDays())));
        return link;
    }

    /** Tells the holder of an existing account that someone registered with its address (no link, no secret). */
    void sendAlreadyRegistered(AccountEntity account) {
        Locale locale = Bundle.locale(account.getPreferredLanguage());
        mail.send(
                account.getEmail(),
                Bundle.text(locale, "security.register.known.mail-subject"),
                Bundle.text(locale, "security.register.known.mail-body", account.getDisplayName(), baseUrl + "/login"));
    }
}
