package de.kulturbuero.grants.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kulturbuero.grants.IntegrationTest;
import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** "Forgot password": the link works once, only within its hour, and stores no usable token. */
@IntegrationTest
class PasswordResetIT {

    @Autowired
    RegistrationService registrations;

    @Autowired
    PasswordResetService resets;

    @Autowired
    UserDetailsService users;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    JdbcTemplate jdbc;

    static String token(String link) {
        return link.substring(link.indexOf("token=") + 6);
    }

    String registered() {
        String email = RegistrationIT.uniqueEmail();
        registrations.register(RegistrationIT.form(email));
        return email;
    }

    @Test
    void the_link_sets_a_new_password_once() {
        String email = registered();
        String link = resets.requestReset(email.toUpperCase()).orElseThrow();
        assertThat(link).contains("/reset-password?token=");
        String token = token(link);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM password_reset_token WHERE token_hash = ?", Integer.class, token))
                .isZero();

        resets.reset(token, "Nowe-haslo-2027", "Nowe-haslo-2027");

        assertThat(passwordEncoder.matches(
                        "Nowe-haslo-2027", users.loadUserByUsername(email).getPassword()))
                .isTrue();
        assertThatThrownBy(() -> resets.reset(token, "Inne-haslo-2028", "Inne-haslo-2028"))
                .isInstanceOfSatisfying(
                        RegistrationRejected.class,
                        r -> assertThat(r.problems())
                                .extracting(RegistrationRejected.Problem::messageKey)
                                .containsExactly("security.reset.token-invalid"));
        assertThat(passwordEncoder.matches(
                        "Nowe-haslo-2027", users.loadUserByUsername(email).getPassword()))
                .isTrue();
    }

    @Test
    void an_expired_or_unknown_token_is_refused_and_a_weak_password_too() {
        String email = registered();
        String token = token(resets.requestReset(email).orElseThrow());
        assertThatThrownBy(() -> resets.reset(token, "short", "short")).isInstanceOf(RegistrationRejected.class);
        jdbc.update(
                "UPDATE password_reset_token SET expires_at = ? WHERE token_hash = ?",
                Timestamp.from(Instant.now().minusSeconds(60)),
                PasswordResetService.sha256(token));
        assertThatThrownBy(() -> resets.reset(token, "Nowe-haslo-2027", "Nowe-haslo-2027"))
                .isInstanceOf(RegistrationRejected.class);
        assertThatThrownBy(() -> resets.reset("made-up", "Nowe-haslo-2027", "Nowe-haslo-2027"))
                .isInstanceOf(RegistrationRejected.class);
        assertThat(passwordEncoder.matches(
                        "Bardzo-tajne-7", users.loadUserByUsername(email).getPassword()))
                .isTrue();
    }

    @Test
    void an_unknown_address_gets_no_link_but_no_error_either() {
        assertThat(resets.requestReset("nobody-" + System.nanoTime() + "@example.org"))
                .isEmpty();
    }
}
