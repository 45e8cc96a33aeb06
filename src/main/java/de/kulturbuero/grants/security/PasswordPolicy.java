package de.kulturbuero.grants.security;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The password rule (NIST SP 800-63B and OWASP ASVS: length, no composition rules): at least 12
 * characters, at most 72 bytes in UTF-8 (what bcrypt hashes; "ä" counts two), not one of the
 * commonly used passwords ({@link CommonPasswords}, compared ignoring case), not the e-mail
 * address or its name part. Every place that sets a password uses it.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;

    /** bcrypt reads at most 72 bytes and Spring's encoder refuses more, so a longer password is refused here. */
    public static final int MAX_BYTES = 72;

    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordPolicy() {}

    /**
     * The hash of a random secret nobody knows: for accounts that must not sign in with a password
     * (invited but not yet set, reset by an administrator, or signing in through the identity provider).
     */
    public static String unusablePassword(PasswordEncoder encoder) {
        byte[] raw = new byte[24];
        RANDOM.nextBytes(raw);
        return encoder.encode(Base64.getEncoder().encodeToString(raw));
    }

    /**
     * What is wrong with a new password and its repetition, as form problems on the given fields:
     * the first rule the password breaks, and a repetition that differs. Empty when both are fine.
     */
    public static List<RegistrationRejected.Problem> problems(
            String password, String repeat, String email, String passwordField, String repeatField) {
        List<RegistrationRejected.Problem> problems = new ArrayList<>();
        problem(password, email).ifPresent(key -> problems.add(new RegistrationRejected.Problem(passwordField, key)));
        if (password != null && !password.equals(repeat)) {
            problems.add(new RegistrationRejected.Problem(repeatField, "security.register.password-mismatch"));
        }
        return problems;
    }

    /** The translation key of the first rule the password breaks, if any. */
    public static Optional<String> problem(String password, String email) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("security.password.too-short");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("security.password.too-long");
        }
        if (CommonPasswords.contains(password)) {
            return Optional.of("security.password.common");
        }
        if (email != null && !email.isBlank()) {
            String lower = password.toLowerCase(Locale.ROOT);
            String mail = email.strip().toLowerCase(Locale.ROOT);
            String local = mail.contains("@") ? mail.substring(0, mail.indexOf('@')) : mail;
            if (lower.contains(mail) || (local.length() >= 4 && lower.contains(local))) {
                return Optional.of("security.password.contains-email");
            }
        }
        return Optional.empty();
    }
}
