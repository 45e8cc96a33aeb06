package de.kulturbuero.grants.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void ten_characters_with_a_letter_and_a_digit_are_enough() {
        assertThat(PasswordPolicy.problem("abcdefghi1", "x@example.org")).isEmpty();
    }

    @Test
    void nine_characters_are_too_short() {
        assertThat(PasswordPolicy.problem("abcdefgh1", "x@example.org")).contains("security.password.too-short");
        assertThat(PasswordPolicy.problem(null, "x@example.org")).contains("security.password.too-short");
    }

    @Test
    void only_letters_or_only_digits_are_too_simple() {
        assertThat(PasswordPolicy.problem("abcdefghijkl", "x@example.org")).contains("security.password.too-simple");
        assertThat(PasswordPolicy.problem("123456789012", "x@example.org")).contains("security.password.too-simple");
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
    void more_than_128_characters_are_refused() {
        assertThat(PasswordPolicy.problem("a1".repeat(64), "x@example.org")).isEmpty();
        assertThat(PasswordPolicy.problem("a1".repeat(64) + "b", "x@example.org"))
                .contains("security.password.too-long");
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
