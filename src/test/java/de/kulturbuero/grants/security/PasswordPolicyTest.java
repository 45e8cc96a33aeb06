package de.kulturbuero.grants.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void twelve_characters_are_enough_and_eleven_are_too_short() {
        assertThat(PasswordPolicy.problem("wolkenbruch7", "x@example.org")).isEmpty();
        assertThat(PasswordPolicy.problem("wolkenbruch", "x@example.org")).contains("security.password.too-short");
        assertThat(PasswordPolicy.problem(null, "x@example.org")).contains("security.password.too-short");
    }

    @Test
    void characters_are_counted_not_bytes_or_utf16_units_for_the_minimum() {
        // eleven letters, two of them outside the BMP (two UTF-16 units each): still eleven characters
        assertThat(PasswordPolicy.problem("wolkenbru\uD834\uDD1E\uD834\uDD1E", "x@example.org"))
                .contains("security.password.too-short");
        assertThat(PasswordPolicy.problem("wolkenbrüche", "x@example.org")).isEmpty();
    }

    @Test
    void no_composition_rules_letters_only_digits_only_and_spaces_are_fine() {
        assertThat(PasswordPolicy.problem("wolkenbruchstark", "x@example.org")).isEmpty();
        assertThat(PasswordPolicy.problem("8305926174038", "x@example.org")).isEmpty();
        assertThat(PasswordPolicy.problem("Straße mit Leerzeichen", "x@example.org"))
                .isEmpty();
    }

    @Test
    void the_email_address_or_its_name_part_is_not_allowed_inside() {
        assertThat(PasswordPolicy.problem("anna.meyer-2026", "Anna.Meyer@example.org"))
                .contains("security.password.contains-email");
        assertThat(PasswordPolicy.problem("xanna@example.org1", "anna@example.org"))
                .contains("security.password.contains-email");
    }

    @Test
    void seventy_two_bytes_are_allowed_and_seventy_three_refused_counting_utf8_bytes() {
        String seventyTwo = "abcdefgh".repeat(9);
        assertThat(seventyTwo.getBytes(StandardCharsets.UTF_8)).hasSize(72);
        assertThat(PasswordPolicy.problem(seventyTwo, "x@example.org")).isEmpty();
        assertThat(PasswordPolicy.problem(seventyTwo + "i", "x@example.org")).contains("security.password.too-long");

        // "ä" is two bytes: 36 of them are 72 bytes, one letter more is 73
        String umlauts = "ä".repeat(36);
        assertThat(PasswordPolicy.problem(umlauts, "x@example.org")).isEmpty();
        assertThat(PasswordPolicy.problem(umlauts + "a", "x@example.org")).contains("security.password.too-long");
        assertThat(PasswordPolicy.problem("a" + "ä".repeat(36), "x@example.org"))
                .as("only 37 characters, but 73 bytes")
                .contains("security.password.too-long");
    }

    @Test
    void a_listed_common_password_is_refused_ignoring_case() {
        assertThat(CommonPasswords.size()).isGreaterThan(30_000);
        assertThat(PasswordPolicy.problem("1qaz2wsx3edc", "x@example.org")).contains("security.password.common");
        assertThat(PasswordPolicy.problem("1QAZ2WSX3EDC", "x@example.org")).contains("security.password.common");
        assertThat(PasswordPolicy.problem("qwertyuiopasdfgh", "x@example.org")).isEmpty();
        // the portal's own list
        assertThat(PasswordPolicy.problem("Staedtepartnerschaft", "x@example.org"))
                .contains("security.password.common");
        assertThat(PasswordPolicy.problem("Passwort1234", "x@example.org")).contains("security.password.common");
    }

    @Test
    void a_weak_password_and_a_different_repetition_are_both_reported_on_their_fields() {
        assertThat(PasswordPolicy.problems("short1", "short2", "x@example.org", "pw", "pw2"))
                .containsExactly(
                        new RegistrationRejected.Problem("pw", "security.password.too-short"),
                        new RegistrationRejected.Problem("pw2", "security.register.password-mismatch"));
        assertThat(PasswordPolicy.problems("a good secret 1", "a good secret 1", "x@example.org", "pw", "pw2"))
                .isEmpty();
    }
}
