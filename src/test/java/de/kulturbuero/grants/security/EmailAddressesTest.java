package de.kulturbuero.grants.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmailAddressesTest {

    @Test
    void ordinary_addresses_pass() {
        assertThat(EmailAddresses.isValid("anna.meyer@example.org")).isTrue();
        assertThat(EmailAddresses.isValid("kulturbuero+foerderung@stadt.hannover.de"))
                .isTrue();
        assertThat(EmailAddresses.isValid("jerzy@poznań.pl")).isTrue();
    }

    @Test
    void typing_mistakes_are_caught() {
        assertThat(EmailAddresses.isValid("anna.example.org")).isFalse();
        assertThat(EmailAddresses.isValid("anna@example")).isFalse();
        assertThat(EmailAddresses.isValid("anna@example.o")).isFalse();
        assertThat(EmailAddresses.isValid("anna meyer@example.org")).isFalse();
        assertThat(EmailAddresses.isValid("a@b@example.org")).isFalse();
        assertThat(EmailAddresses.isValid(null)).isFalse();
    }

    @Test
    void the_rfc_length_limits_hold() {
        assertThat(EmailAddresses.isValid("a".repeat(64) + "@example.org")).isTrue();
        assertThat(EmailAddresses.isValid("a".repeat(65) + "@example.org")).isFalse();
        assertThat(EmailAddresses.isValid("a@" + "b".repeat(250) + ".org")).isFalse();
    }
}
